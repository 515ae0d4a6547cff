package io.modelgate.domain.routing;

import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.QualityTier;
import io.modelgate.domain.classification.ClassificationDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.modelgate.domain.classification.DataClassification.CONFIDENTIAL;
import static io.modelgate.domain.classification.DataClassification.INTERNAL;
import static io.modelgate.domain.classification.DataClassification.PUBLIC;
import static io.modelgate.domain.classification.DataClassification.RESTRICTED;
import static io.modelgate.domain.routing.RefusalReason.APPROVAL_EXPIRED;
import static io.modelgate.domain.routing.RefusalReason.APPROVAL_REVOKED;
import static io.modelgate.domain.routing.RefusalReason.APPROVAL_SUSPENDED;
import static io.modelgate.domain.routing.RefusalReason.CLASSIFICATION_NOT_ALLOWED;
import static io.modelgate.domain.routing.RefusalReason.CLASSIFICATION_NOT_COVERED;
import static io.modelgate.domain.routing.RefusalReason.MODEL_NOT_APPROVED;
import static io.modelgate.domain.routing.RefusalReason.MODEL_RETIRED;
import static io.modelgate.domain.routing.RefusalReason.NO_APPROVAL;
import static io.modelgate.domain.routing.RefusalReason.TASK_NOT_COVERED;
import static io.modelgate.domain.routing.Routes.NOW;
import static io.modelgate.domain.routing.Routes.POLICY;
import static io.modelgate.domain.routing.Routes.api;
import static io.modelgate.domain.routing.Routes.grant;
import static io.modelgate.domain.routing.Routes.model;
import static io.modelgate.domain.routing.Routes.onPremises;
import static io.modelgate.domain.routing.Routes.option;
import static io.modelgate.domain.routing.Routes.preferring;
import static io.modelgate.domain.routing.Routes.request;
import static io.modelgate.domain.usecase.TaskCategory.CODE_ASSIST;
import static io.modelgate.domain.usecase.TaskCategory.KNOWLEDGE_SEARCH;
import static io.modelgate.domain.usecase.TaskCategory.REPORT_GENERATION;
import static org.assertj.core.api.Assertions.assertThat;

class RouterRefusalTest {

    private static final Model GPT = model("gpt-4o", QualityTier.FRONTIER, api("2.50", "10.00"));
    private static final Model LLAMA = model("llama-3-70b", QualityTier.STANDARD, onPremises());
    private static final Model OLD = model("old-model", QualityTier.STANDARD, Lifecycle.RETIRED, onPremises());

    private static RoutingDecision.Refused refused(RoutingRequest request, List<RouteOption> options) {
        RoutingDecision decision = Routes.router().route(request, options, POLICY);
        assertThat(decision).isInstanceOf(RoutingDecision.Refused.class);
        return (RoutingDecision.Refused) decision;
    }

    /**
     * Each rule alone, then several at once: the refusal names the latest rule that eliminated a
     * candidate. Call: INTERNAL data, KNOWLEDGE_SEARCH, unless the row says otherwise.
     */
    static Stream<Arguments> situations() {
        return Stream.of(
                row("no approval at all", NO_APPROVAL, request(INTERNAL, KNOWLEDGE_SEARCH), List::of),
                row("no approval, a model named", NO_APPROVAL, preferring("gpt-4o", INTERNAL, KNOWLEDGE_SEARCH), List::of),
                row("named model never approved", MODEL_NOT_APPROVED, preferring("claude-3-opus", INTERNAL, KNOWLEDGE_SEARCH),
                        () -> List.of(option(GPT))),
                row("named model never approved, though others would serve", MODEL_NOT_APPROVED,
                        preferring("claude-3-opus", INTERNAL, KNOWLEDGE_SEARCH), () -> List.of(option(GPT), option(LLAMA))),
                row("named model never approved, others revoked", MODEL_NOT_APPROVED,
                        preferring("claude-3-opus", INTERNAL, KNOWLEDGE_SEARCH), () -> List.of(grant(GPT).revoked().build())),
                row("revoked", APPROVAL_REVOKED, request(INTERNAL, KNOWLEDGE_SEARCH),
                        () -> List.of(grant(GPT).revoked().build())),
                row("suspended", APPROVAL_SUSPENDED, request(INTERNAL, KNOWLEDGE_SEARCH),
                        () -> List.of(grant(GPT).suspended().build())),
                row("expired", APPROVAL_EXPIRED, request(INTERNAL, KNOWLEDGE_SEARCH),
                        () -> List.of(grant(GPT).expired().build())),
                row("expires exactly now", APPROVAL_EXPIRED, request(INTERNAL, KNOWLEDGE_SEARCH),
                        () -> List.of(grant(GPT).validUntil(NOW).build())),
                row("approved up to INTERNAL, CONFIDENTIAL data", CLASSIFICATION_NOT_COVERED,
                        request(CONFIDENTIAL, KNOWLEDGE_SEARCH), () -> List.of(grant(LLAMA).upTo(INTERNAL).build())),
                row("approved for reports only", TASK_NOT_COVERED, request(INTERNAL, CODE_ASSIST),
                        () -> List.of(grant(GPT).forTasks(REPORT_GENERATION).build())),
                row("retired model", MODEL_RETIRED, request(INTERNAL, KNOWLEDGE_SEARCH), () -> List.of(option(OLD))),
                row("vendor keeping data 30 days, CONFIDENTIAL data", CLASSIFICATION_NOT_ALLOWED,
                        request(CONFIDENTIAL, KNOWLEDGE_SEARCH), () -> List.of(option(GPT))),
                row("vendor API, RESTRICTED data", CLASSIFICATION_NOT_ALLOWED, request(RESTRICTED, KNOWLEDGE_SEARCH),
                        () -> List.of(option(GPT))),
                // several rules at once: the latest one wins
                row("revoked and suspended", APPROVAL_SUSPENDED, request(INTERNAL, KNOWLEDGE_SEARCH),
                        () -> List.of(grant(GPT).revoked().build(), grant(LLAMA).suspended().build())),
                row("revoked and expired", APPROVAL_EXPIRED, request(INTERNAL, KNOWLEDGE_SEARCH),
                        () -> List.of(grant(GPT).revoked().build(), grant(LLAMA).expired().build())),
                row("suspended and expired", APPROVAL_EXPIRED, request(INTERNAL, KNOWLEDGE_SEARCH),
                        () -> List.of(grant(GPT).suspended().build(), grant(LLAMA).expired().build())),
                row("one approval both suspended and expired: refusalAt says expired", APPROVAL_EXPIRED,
                        request(INTERNAL, KNOWLEDGE_SEARCH), () -> List.of(grant(GPT).suspended().expired().build())),
                row("one approval revoked and expired: revoked comes first", APPROVAL_REVOKED,
                        request(INTERNAL, KNOWLEDGE_SEARCH), () -> List.of(grant(GPT).revoked().expired().build())),
                row("revoked, and live but not covering the level", CLASSIFICATION_NOT_COVERED,
                        request(CONFIDENTIAL, KNOWLEDGE_SEARCH),
                        () -> List.of(grant(LLAMA).revoked().build(), grant(GPT).upTo(INTERNAL).build())),
                row("revoked and not covering the level: the first rule broken counts", APPROVAL_REVOKED,
                        request(CONFIDENTIAL, KNOWLEDGE_SEARCH), () -> List.of(grant(GPT).revoked().upTo(PUBLIC).build())),
                row("level not covered, and task not covered", TASK_NOT_COVERED, request(CONFIDENTIAL, CODE_ASSIST),
                        () -> List.of(grant(GPT).upTo(INTERNAL).build(),
                                grant(LLAMA).forTasks(REPORT_GENERATION).build())),
                row("task not covered, and retired", MODEL_RETIRED, request(INTERNAL, CODE_ASSIST),
                        () -> List.of(grant(GPT).forTasks(REPORT_GENERATION).build(), option(OLD))),
                row("retired, and forbidden by the policy", CLASSIFICATION_NOT_ALLOWED, request(CONFIDENTIAL, CODE_ASSIST),
                        () -> List.of(option(OLD), option(GPT))),
                row("a retired model with a revoked approval is refused for the revocation", APPROVAL_REVOKED,
                        request(INTERNAL, KNOWLEDGE_SEARCH), () -> List.of(grant(OLD).revoked().build())),
                row("every rule at once", CLASSIFICATION_NOT_ALLOWED, request(CONFIDENTIAL, CODE_ASSIST),
                        () -> List.of(grant(GPT).revoked().build(), grant(LLAMA).suspended().build(),
                                grant(LLAMA).expired().build(), grant(LLAMA).upTo(INTERNAL).build(),
                                grant(LLAMA).forTasks(REPORT_GENERATION).build(), option(OLD), option(GPT))));
    }

    private static Arguments row(String situation, RefusalReason expected, RoutingRequest request,
                                 Supplier<List<RouteOption>> options) {
        return Arguments.of(situation, expected, request, options);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("situations")
    void refuses_with_the_latest_rule_that_eliminated_a_candidate(String situation, RefusalReason expected,
                                                                  RoutingRequest request,
                                                                  Supplier<List<RouteOption>> options) {
        RoutingDecision.Refused refused = refused(request, options.get());

        assertThat(refused.reason()).as(situation).isEqualTo(expected);
        assertThat(refused.sentence()).isNotBlank().endsWith(".");
    }

    @Test
    void a_policy_refusal_quotes_the_policy_decision() {
        ClassificationDecision decision = POLICY.decide(GPT.spec().deployments().get(0), CONFIDENTIAL);

        RoutingDecision.Refused refused = refused(request(CONFIDENTIAL, KNOWLEDGE_SEARCH), List.of(option(GPT)));

        assertThat(decision.denied()).isTrue();
        assertThat(refused.sentence()).isEqualTo("The classification policy forbids every route left for CONFIDENTIAL"
                + " data: gpt-4o on VENDOR_API: " + decision.reason());
        assertThat(refused.sentence()).contains("zero data retention and processing in JP");
    }

    @Test
    void sentences_name_the_rule_and_the_routes_it_eliminated() {
        assertThat(refused(request(INTERNAL, KNOWLEDGE_SEARCH), List.of()).sentence())
                .isEqualTo("No model is approved for this department, so no call can be routed.");
        assertThat(refused(preferring("claude-3-opus", INTERNAL, KNOWLEDGE_SEARCH),
                List.of(option(LLAMA), option(GPT))).sentence())
                .isEqualTo("Model claude-3-opus is not approved for this department; its approved models are gpt-4o,"
                        + " llama-3-70b.");
        assertThat(refused(request(INTERNAL, KNOWLEDGE_SEARCH), List.of(grant(GPT).revoked().build())).sentence())
                .isEqualTo("No route is left: the approvals that could serve this call are revoked: gpt-4o on VENDOR_API.");
        assertThat(refused(request(INTERNAL, KNOWLEDGE_SEARCH), List.of(grant(GPT).suspended().build())).sentence())
                .isEqualTo("No route is left: the approvals that could serve this call are suspended until a re-review"
                        + " passes: gpt-4o on VENDOR_API.");
        assertThat(refused(request(INTERNAL, KNOWLEDGE_SEARCH), List.of(grant(GPT).validUntil(NOW).build())).sentence())
                .isEqualTo("No route is left: the approvals that could serve this call have expired: gpt-4o on"
                        + " VENDOR_API (expired 2025-04-01T09:00:00Z).");
        assertThat(refused(request(CONFIDENTIAL, KNOWLEDGE_SEARCH), List.of(grant(GPT).upTo(INTERNAL).build())).sentence())
                .isEqualTo("No live approval covers CONFIDENTIAL data: gpt-4o on VENDOR_API is approved up to INTERNAL.");
        assertThat(refused(request(INTERNAL, CODE_ASSIST),
                List.of(grant(GPT).forTasks(REPORT_GENERATION, KNOWLEDGE_SEARCH).build())).sentence())
                .isEqualTo("No live approval for INTERNAL data covers the task CODE_ASSIST: gpt-4o on VENDOR_API is"
                        + " approved for REPORT_GENERATION, KNOWLEDGE_SEARCH.");
        assertThat(refused(request(INTERNAL, KNOWLEDGE_SEARCH), List.of(option(OLD))).sentence())
                .isEqualTo("No route is left: the approved models are retired: old-model on ON_PREMISES.");
    }

    @Test
    void a_sentence_lists_three_routes_and_counts_the_others() {
        List<RouteOption> five = Stream.of("a", "b", "c", "d", "e")
                .map(id -> grant(model(id, QualityTier.STANDARD, onPremises())).revoked().build()).toList();

        assertThat(refused(request(INTERNAL, KNOWLEDGE_SEARCH), five).sentence())
                .isEqualTo("No route is left: the approvals that could serve this call are revoked: a on ON_PREMISES;"
                        + " b on ON_PREMISES; c on ON_PREMISES; and 2 more.");
        List<RouteOption> seven = Stream.of("m1", "m2", "m3", "m4", "m5", "m6", "m7")
                .map(id -> option(model(id, QualityTier.STANDARD, onPremises()))).toList();
        assertThat(refused(preferring("x", INTERNAL, KNOWLEDGE_SEARCH), seven).sentence())
                .isEqualTo("Model x is not approved for this department; its approved models are m1, m2, m3, m4, m5"
                        + " and 2 more.");
    }

    @Test
    void an_approval_is_live_until_the_instant_before_it_expires() {
        List<RouteOption> options = List.of(grant(GPT).validUntil(NOW.plus(Duration.ofSeconds(1))).build());

        assertThat(Routes.router().route(request(INTERNAL, KNOWLEDGE_SEARCH), options, POLICY))
                .isInstanceOf(RoutingDecision.Routed.class);
        assertThat(Routes.router().route(RoutingRequest.of(INTERNAL, KNOWLEDGE_SEARCH, NOW.plusSeconds(1)), options,
                POLICY)).isEqualTo(new RoutingDecision.Refused(APPROVAL_EXPIRED,
                "No route is left: the approvals that could serve this call have expired: gpt-4o on VENDOR_API"
                        + " (expired 2025-04-01T09:00:01Z)."));
    }

    @Test
    void one_live_route_is_enough_whatever_eliminated_the_others() {
        RoutingDecision decision = Routes.router().route(request(CONFIDENTIAL, CODE_ASSIST), List.of(
                grant(GPT).revoked().build(), option(OLD), option(GPT), grant(LLAMA).forTasks(CODE_ASSIST).build()),
                POLICY);

        assertThat(Routes.labels(decision)).containsExactly("llama-3-70b on ON_PREMISES");
    }

    @Test
    void a_code_names_each_reason() {
        assertThat(TASK_NOT_COVERED.code()).isEqualTo("ROUTING.TASK_NOT_COVERED");
        assertThat(RefusalReason.values()).extracting(RefusalReason::code).doesNotHaveDuplicates();
    }
}

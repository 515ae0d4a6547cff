package io.modelgate.application.gateway;

import io.modelgate.application.gateway.port.in.ChatCall;
import io.modelgate.application.gateway.port.in.GatewayAnswer;
import io.modelgate.application.gateway.port.in.GatewayCall;
import io.modelgate.application.gateway.port.in.GatewayRefusedException;
import io.modelgate.application.gateway.port.in.StartedStream;
import io.modelgate.application.gateway.port.in.StreamListener;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.AccessRefusedException;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.testing.FakeChatProviders.Script;
import io.modelgate.application.testing.GatewayHarness;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.audit.AuditEvent;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.CallOutcome;
import io.modelgate.domain.ledger.Refusal;
import io.modelgate.domain.ledger.RequestId;
import io.modelgate.domain.routing.CircuitBreaker;
import io.modelgate.domain.usecase.TaskCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import static io.modelgate.application.testing.GatewayHarness.GEMINI;
import static io.modelgate.application.testing.GatewayHarness.GPT;
import static io.modelgate.application.testing.GatewayHarness.LLAMA;
import static io.modelgate.application.testing.GatewayHarness.MISTRAL;
import static io.modelgate.application.testing.GatewayHarness.NOW;
import static io.modelgate.domain.classification.DataClassification.CONFIDENTIAL;
import static io.modelgate.domain.classification.DataClassification.INTERNAL;
import static io.modelgate.domain.classification.DataClassification.RESTRICTED;
import static io.modelgate.domain.usecase.TaskCategory.OTHER;
import static io.modelgate.domain.usecase.TaskCategory.REPORT_GENERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The governed-call pipeline over in-memory fakes of every port: each refusal, fallback, the circuit breaker,
 * the budget, client aborts and settlement. After every test: nothing stays reserved or in flight, and every call
 * that reached a provider left exactly one ledger line and its audit event.
 */
class GatewayServiceTest {

    static final DepartmentId SALES = new DepartmentId("sales");
    static final Actor CALLER = new Actor("svc-report-bot", Set.of("gateway-client"), Optional.of("sales"));
    static final String MISTRAL_ON_PREM = "mistral-7b-instruct/ON_PREMISES";
    static final String LLAMA_ON_PREM = "llama-3-70b-instruct/ON_PREMISES";
    static final String GPT_API = "gpt-4o/VENDOR_API";

    final GatewayHarness h = new GatewayHarness();
    int callNumber;

    @AfterEach
    void everyPathEndsInExactlyOneSettlementOrRelease() {
        assertThat(h.reservations.inFlight()).as("calls still in flight").isEmpty();
        h.budgets.ofDepartment(SALES).forEach(b -> assertThat(b.reservedMicros()).as("reserved").isZero());
        List<UsageRecord> lines = h.ledgerOf(SALES);
        long answered = lines.stream().filter(l -> l.route().isPresent()).count();
        long spent = h.budgets.ofDepartment(SALES).stream().mapToLong(b -> b.spentMicros()).sum();
        assertThat(lines.stream().mapToLong(UsageRecord::costMicros).sum()).as("spent = the ledger's sum").isEqualTo(spent);
        for (UsageRecord line : lines) {
            assertThat(h.events()).as("the event of %s", line.requestId())
                    .anyMatch(e -> e.entityId().equals(line.requestId().value()));
        }
        assertThat(answered).as("lines of calls that reached a provider")
                .isLessThanOrEqualTo(h.providers.totalCalls());
    }

    // --- answers and settlement -------------------------------------------------------------------------------

    @Test
    void an_approved_call_is_answered_settled_and_recorded_once() {
        h.approve(SALES, MISTRAL, INTERNAL, REPORT_GENERATION);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.answers("Hello", 20, 8));

        GatewayAnswer answer = complete(call("auto", REPORT_GENERATION, null, "Summarise this week."));

        assertThat(answer.governed().model()).isEqualTo(MISTRAL);
        assertThat(answer.governed().deployment()).isEqualTo(DeploymentKind.ON_PREMISES);
        assertThat(answer.governed().classification()).isEqualTo(INTERNAL);
        assertThat(answer.completion().content()).isEqualTo("Hello");
        // 28 tokens × ¥300,000 / 4,500,000,000 tokens per GPU-month = 1,867 micro-yen
        assertThat(answer.costMicros()).isEqualTo(1_867);
        assertThat(h.budgetOf(SALES).spentMicros()).isEqualTo(1_867);
        UsageRecord line = onlyLine();
        assertThat(line.outcome().outcome()).isEqualTo(CallOutcome.SUCCESS);
        assertThat(line.model()).contains(MISTRAL);
        assertThat(line.usage()).isEqualTo(new TokenUsage(20, 8, true));
        assertThat(line.attempts()).isEqualTo(1);
        assertThat(eventsOf(line)).extracting(AuditEvent::action).containsExactly("GATEWAY.CALL");
    }

    @Test
    void the_output_limit_is_the_gateways_default_when_absent_and_never_above_its_cap() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.answers("ok", 1, 1));

        complete(new ChatCall(gatewayCall("auto", OTHER, null), List.of(new ChatMessage("user", "hi")),
                OptionalInt.empty(), Optional.empty()));
        complete(new ChatCall(gatewayCall("auto", OTHER, null), List.of(new ChatMessage("user", "hi")),
                OptionalInt.of(1_000_000), Optional.empty()));

        assertThat(h.providers.requests()).extracting(r -> r.maxTokens()).containsExactly(1024, 8192);
    }

    // --- every refusal ------------------------------------------------------------------------------------------

    @Test
    void each_rule_refuses_with_its_own_reason_and_the_refusal_is_recorded() {
        assertRefused(call("auto", OTHER, null, "hi"), Refusal.NO_APPROVAL);

        h.approve(SALES, MISTRAL, INTERNAL, REPORT_GENERATION);
        h.budget(SALES, "1000", "1000");
        assertRefused(call("gemma-2-9b", REPORT_GENERATION, null, "hi"), Refusal.MODEL_NOT_APPROVED);
        assertRefused(call("auto", REPORT_GENERATION, CONFIDENTIAL, "hi"), Refusal.CLASSIFICATION_NOT_COVERED);
        assertRefused(call("auto", TaskCategory.CODE_ASSIST, null, "hi"), Refusal.TASK_NOT_COVERED);
        // the content check raises the level above what the caller declared
        assertThat(assertRefused(call("auto", REPORT_GENERATION, INTERNAL, "顧客の個人番号は 1234 5678 9018 です"),
                Refusal.CLASSIFICATION_NOT_COVERED)).hasMessageContaining("RESTRICTED");

        assertThat(h.providers.totalCalls()).as("no refusal reached a provider").isZero();
        assertThat(h.ledgerOf(SALES)).hasSize(5).allSatisfy(line -> {
            assertThat(line.outcome().outcome()).isEqualTo(CallOutcome.REFUSED);
            assertThat(line.route()).isEmpty();
            assertThat(line.costMicros()).isZero();
        });
        assertThat(h.events()).filteredOn(e -> e.action().equals("GATEWAY.REFUSED")).hasSize(5);
    }

    @Test
    void revoked_suspended_and_expired_approvals_are_refused_by_name() {
        h.approve(SALES, MISTRAL, INTERNAL, ApprovalStatus.REVOKED, NOW.plus(Duration.ofDays(30)), OTHER);
        assertRefused(call("auto", OTHER, null, "hi"), Refusal.APPROVAL_REVOKED);
        assertRefused(call("mistral-7b-instruct", OTHER, null, "hi"), Refusal.APPROVAL_REVOKED);

        h.approve(SALES, LLAMA, INTERNAL, ApprovalStatus.SUSPENDED, NOW.plus(Duration.ofDays(30)), OTHER);
        assertRefused(call("auto", OTHER, null, "hi"), Refusal.APPROVAL_SUSPENDED);

        h.approve(SALES, GPT, INTERNAL, ApprovalStatus.ACTIVE, NOW.minus(Duration.ofDays(1)), OTHER);
        assertRefused(call("gpt-4o", OTHER, null, "hi"), Refusal.APPROVAL_EXPIRED);
        assertThat(h.providers.totalCalls()).isZero();
    }

    @Test
    void a_retired_model_and_a_deployment_the_policy_forbids_are_refused() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.retire(MISTRAL);
        assertRefused(call("auto", OTHER, null, "hi"), Refusal.MODEL_RETIRED);

        // Gemini keeps data 30 days in the US: the default policy forbids that for CONFIDENTIAL data
        h.approve(SALES, GEMINI, CONFIDENTIAL);
        assertRefused(call("auto", OTHER, CONFIDENTIAL, "hi"), Refusal.CLASSIFICATION_NOT_ALLOWED);
        assertThat(h.providers.totalCalls()).isZero();
    }

    @Test
    void a_call_the_budget_cannot_pay_for_is_refused_before_any_provider_is_asked() {
        h.approve(SALES, GPT, INTERNAL);
        assertRefused(call("auto", OTHER, null, "hi"), Refusal.NO_BUDGET);
        h.budget(SALES, "0", "0");
        assertThat(assertRefused(call("auto", OTHER, null, "hi"), Refusal.BUDGET_EXCEEDED))
                .hasMessageContaining("could cost up to");
        assertThat(h.providers.totalCalls()).isZero();
        assertThat(h.budgetOf(SALES).reservedMicros()).isZero();
    }

    @Test
    void a_token_without_a_department_is_refused_and_charged_to_nobody() {
        Actor stranger = new Actor("someone", Set.of("gateway-client"), Optional.empty());
        ChatCall call = new ChatCall(new GatewayCall(stranger, RequestId.random(), Optional.empty(), Optional.empty(),
                OTHER), List.of(new ChatMessage("user", "hi")), OptionalInt.empty(), Optional.empty());
        assertThatThrownBy(() -> h.gateway.complete(call)).isInstanceOf(AccessRefusedException.class);
        assertThat(h.events()).isEmpty();
    }

    // --- request ids ------------------------------------------------------------------------------------------

    @Test
    void an_answered_request_id_is_refused_the_second_time_and_charged_once() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.answers("ok", 20, 8));
        RequestId id = new RequestId("report-2025-04-10");

        complete(call(id, "auto", OTHER, null, "hi"));
        assertThatThrownBy(() -> complete(call(id, "auto", OTHER, null, "hi")))
                .isInstanceOfSatisfying(GatewayRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.REQUEST_ID_IN_USE));

        assertThat(h.providers.calls(MISTRAL_ON_PREM)).isEqualTo(1);
        assertThat(h.budgetOf(SALES).spentMicros()).isEqualTo(1_867);
        assertThat(onlyLine().outcome().outcome()).as("the answered line keeps the id").isEqualTo(CallOutcome.SUCCESS);
        assertThat(h.events()).filteredOn(e -> e.action().equals("GATEWAY.REFUSED")).hasSize(1);
    }

    @Test
    void a_refused_request_id_may_be_retried_and_its_line_gives_way() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.providers.script(MISTRAL_ON_PREM, Script.answers("ok", 20, 8));
        RequestId id = new RequestId("retry-me");
        assertRefused(call(id, "auto", OTHER, null, "hi"), Refusal.NO_BUDGET);

        h.budget(SALES, "1000", "1000");
        complete(call(id, "auto", OTHER, null, "hi"));

        UsageRecord line = onlyLine();
        assertThat(line.outcome().outcome()).isEqualTo(CallOutcome.SUCCESS);
        assertThat(eventsOf(line)).extracting(AuditEvent::action).containsExactly("GATEWAY.REFUSED", "GATEWAY.CALL");
    }

    @Test
    void two_departments_may_use_the_same_request_id() {
        DepartmentId legal = new DepartmentId("legal");
        Actor lawyer = new Actor("svc-contracts", Set.of("gateway-client"), Optional.of("legal"));
        h.approve(SALES, MISTRAL, INTERNAL);
        h.approve(legal, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.budget(legal, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.answers("ok", 20, 8));
        RequestId id = new RequestId("shared-id");

        complete(call(id, "auto", OTHER, null, "hi"));
        complete(new ChatCall(new GatewayCall(lawyer, id, Optional.empty(), Optional.empty(), OTHER),
                List.of(new ChatMessage("user", "hi")), OptionalInt.empty(), Optional.empty()));

        assertThat(h.ledgerOf(SALES)).hasSize(1);
        assertThat(h.ledgerOf(legal)).hasSize(1);
        assertThat(h.budgetOf(legal).spentMicros()).isEqualTo(1_867);
        h.budgets.ofDepartment(legal).forEach(b -> assertThat(b.reservedMicros()).isZero());
    }

    // --- fallback, circuit breaker, endpoints -------------------------------------------------------------------

    @Test
    void a_failing_provider_falls_back_to_the_next_candidate_and_only_the_answer_is_charged() {
        h.approve(SALES, LLAMA, INTERNAL);
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(LLAMA_ON_PREM, Script.fails(ProviderFailure.Kind.UNAVAILABLE));
        h.providers.script(MISTRAL_ON_PREM, Script.answers("ok", 20, 8));

        GatewayAnswer answer = complete(call("llama-3-70b-instruct", OTHER, null, "hi"));

        assertThat(answer.governed().model()).isEqualTo(MISTRAL);
        assertThat(answer.attempts()).isEqualTo(2);
        assertThat(h.providers.calls(LLAMA_ON_PREM)).isEqualTo(1);
        assertThat(h.budgetOf(SALES).spentMicros()).isEqualTo(1_867);
        assertThat(onlyLine().attempts()).isEqualTo(2);
    }

    @Test
    void a_request_the_provider_rejects_is_not_tried_elsewhere() {
        h.approve(SALES, LLAMA, INTERNAL);
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(LLAMA_ON_PREM, Script.fails(ProviderFailure.Kind.REJECTED));
        h.providers.script(MISTRAL_ON_PREM, Script.answers("ok", 20, 8));

        assertRefused(call("llama-3-70b-instruct", OTHER, null, "hi"), Refusal.PROVIDERS_UNAVAILABLE);

        assertThat(h.providers.calls(MISTRAL_ON_PREM)).isZero();
        assertThat(onlyLine().outcome().outcome()).isEqualTo(CallOutcome.PROVIDER_ERROR);
        assertThat(h.breakers.circuitState(LLAMA_ON_PREM)).as("a rejected request says nothing of the endpoint")
                .contains(CircuitBreaker.State.CLOSED);
    }

    @Test
    void when_every_provider_fails_the_call_is_recorded_unanswered_and_nothing_is_charged() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.fails(ProviderFailure.Kind.TIMEOUT));

        assertThat(assertRefused(call("auto", OTHER, null, "hi"), Refusal.PROVIDERS_UNAVAILABLE))
                .hasMessageContaining("TIMEOUT");

        UsageRecord line = onlyLine();
        assertThat(line.outcome().outcome()).isEqualTo(CallOutcome.PROVIDER_ERROR);
        assertThat(line.attempts()).isEqualTo(1);
        assertThat(h.budgetOf(SALES).spentMicros()).isZero();
    }

    @Test
    void an_open_circuit_is_skipped_before_anything_is_reserved_and_probed_once_it_has_rested() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.fails(ProviderFailure.Kind.UNAVAILABLE));
        for (int i = 0; i < 3; i++) {
            assertRefused(call("auto", OTHER, null, "hi"), Refusal.PROVIDERS_UNAVAILABLE);
        }
        assertThat(h.breakers.circuitState(MISTRAL_ON_PREM)).contains(CircuitBreaker.State.OPEN);

        assertThat(assertRefused(call("auto", OTHER, null, "hi"), Refusal.PROVIDERS_UNAVAILABLE))
                .hasMessageContaining("switched off");
        assertThat(h.providers.calls(MISTRAL_ON_PREM)).as("the open circuit was not called").isEqualTo(3);
        assertThat(h.ledgerOf(SALES)).filteredOn(l -> l.requestId().value().equals("call-" + callNumber))
                .singleElement().satisfies(l -> assertThat(l.attempts()).as("no attempt was made").isZero());

        h.clock.advance(Duration.ofSeconds(30));
        h.providers.script(MISTRAL_ON_PREM, Script.answers("back", 20, 8));
        assertThat(complete(call("auto", OTHER, null, "hi")).completion().content()).isEqualTo("back");
        assertThat(h.breakers.circuitState(MISTRAL_ON_PREM)).contains(CircuitBreaker.State.CLOSED);
    }

    @Test
    void a_probe_refused_by_the_budget_gives_its_permit_back() {
        DepartmentId poor = new DepartmentId("poor");
        Actor poorCaller = new Actor("svc-poor", Set.of("gateway-client"), Optional.of("poor"));
        h.approve(SALES, MISTRAL, INTERNAL);
        h.approve(poor, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.budget(poor, "0", "0");
        h.providers.script(MISTRAL_ON_PREM, Script.fails(ProviderFailure.Kind.UNAVAILABLE));
        for (int i = 0; i < 3; i++) {
            assertRefused(call("auto", OTHER, null, "hi"), Refusal.PROVIDERS_UNAVAILABLE);
        }
        h.clock.advance(Duration.ofSeconds(30));
        h.providers.script(MISTRAL_ON_PREM, Script.answers("back", 20, 8));

        // the poor department's call gets the probe's permit, then its budget refuses it before the endpoint
        assertThatThrownBy(() -> complete(new ChatCall(new GatewayCall(poorCaller, RequestId.random(),
                Optional.empty(), Optional.empty(), OTHER), List.of(new ChatMessage("user", "hi")), OptionalInt.of(64),
                Optional.empty()))).isInstanceOfSatisfying(GatewayRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(Refusal.BUDGET_EXCEEDED));

        assertThat(complete(call("auto", OTHER, null, "next")).completion().content())
                .as("the next caller probes at once").isEqualTo("back");
        assertThat(h.breakers.circuitState(MISTRAL_ON_PREM)).contains(CircuitBreaker.State.CLOSED);
    }

    @Test
    void an_approved_route_without_an_endpoint_is_skipped_and_the_refusal_names_it() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.endpoints.remove(MISTRAL_ON_PREM);

        assertThat(assertRefused(call("auto", OTHER, null, "hi"), Refusal.PROVIDERS_UNAVAILABLE))
                .hasMessageContaining("no endpoint configured for mistral-7b-instruct/ON_PREMISES");
    }

    @Test
    void confidential_data_goes_on_premises_first() {
        h.approve(SALES, GPT, CONFIDENTIAL);
        h.approve(SALES, MISTRAL, CONFIDENTIAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.answers("ok", 20, 8));
        h.providers.script(GPT_API, Script.answers("ok", 20, 8));

        GatewayAnswer answer = complete(call("auto", OTHER, null, "社外秘: 来期の価格改定案"));

        assertThat(answer.governed().deployment()).isEqualTo(DeploymentKind.ON_PREMISES);
        assertThat(answer.governed().classification()).isEqualTo(CONFIDENTIAL);
        assertRefused(call("auto", OTHER, RESTRICTED, "hi"), Refusal.CLASSIFICATION_NOT_COVERED);
    }

    // --- streams -----------------------------------------------------------------------------------------------

    @Test
    void a_stream_is_settled_before_its_end_reaches_the_caller() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.streams(new TokenUsage(20, 8, true), "Hel", "lo"));
        Listener listener = new Listener();

        StartedStream started = await(h.gateway.stream(call("auto", OTHER, null, "hi"), listener));

        assertThat(started.governed().model()).isEqualTo(MISTRAL);
        assertThat(listener.deltas).containsExactly("Hel", "lo");
        assertThat(listener.ends).containsExactly("complete stop 1867");
        assertThat(listener.spentAtEnd).isEqualTo(1_867);
        assertThat(onlyLine().outcome().outcome()).isEqualTo(CallOutcome.SUCCESS);
    }

    @Test
    void a_stream_that_fails_before_its_first_delta_falls_back_to_the_next_candidate() {
        h.approve(SALES, LLAMA, INTERNAL);
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(LLAMA_ON_PREM, Script.fails(ProviderFailure.Kind.UNAVAILABLE));
        h.providers.script(MISTRAL_ON_PREM, Script.streams(new TokenUsage(20, 8, true), "ok"));
        Listener listener = new Listener();

        StartedStream started = await(h.gateway.stream(call("llama-3-70b-instruct", OTHER, null, "hi"), listener));

        assertThat(started.governed().model()).isEqualTo(MISTRAL);
        assertThat(listener.ends).containsExactly("complete stop 1867");
        assertThat(onlyLine().attempts()).isEqualTo(2);
    }

    @Test
    void a_stream_cut_short_by_the_provider_is_charged_what_was_delivered() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.failsAfter(new TokenUsage(20, 3, false), "Hel"));
        Listener listener = new Listener();

        await(h.gateway.stream(call("auto", OTHER, null, "hi"), listener));

        // 23 tokens × ¥300,000 / 4,500,000,000 = 1,533.3 micro-yen → 1,533
        assertThat(listener.ends).containsExactly("error PROVIDER.UNAVAILABLE 1533");
        UsageRecord line = onlyLine();
        assertThat(line.outcome().outcome()).isEqualTo(CallOutcome.PROVIDER_ERROR);
        assertThat(line.costMicros()).isEqualTo(1_533);
        assertThat(h.breakers.circuitState(MISTRAL_ON_PREM)).as("one failure counted").contains(CircuitBreaker.State.CLOSED);
    }

    @Test
    void a_caller_that_hangs_up_is_charged_what_it_got_and_the_rest_is_released() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.hangs(new TokenUsage(20, 2, false), "He"));
        Listener listener = new Listener();

        StartedStream started = await(h.gateway.stream(call("auto", OTHER, null, "hi"), listener));
        assertThat(h.reservations.inFlight()).as("in flight until the caller hangs up").hasSize(1);
        started.cancel();
        started.cancel();

        assertThat(listener.ends).containsExactly("complete cancelled 1467");
        UsageRecord line = onlyLine();
        assertThat(line.outcome().outcome()).isEqualTo(CallOutcome.CLIENT_ABORTED);
        assertThat(line.usage()).isEqualTo(new TokenUsage(20, 2, false));
        assertThat(h.budgetOf(SALES).spentMicros()).isEqualTo(1_467);
    }

    @Test
    void a_stream_no_provider_starts_is_refused_like_a_whole_answer() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.budget(SALES, "1000", "1000");
        h.providers.script(MISTRAL_ON_PREM, Script.fails(ProviderFailure.Kind.UNAVAILABLE));
        Listener listener = new Listener();

        assertThatThrownBy(() -> await(h.gateway.stream(call("auto", OTHER, null, "hi"), listener)))
                .isInstanceOfSatisfying(GatewayRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.PROVIDERS_UNAVAILABLE));
        assertThat(listener.deltas).isEmpty();
        assertThat(listener.ends).as("the caller hears the refusal, not a stream end").isEmpty();
        assertThat(onlyLine().outcome().outcome()).isEqualTo(CallOutcome.PROVIDER_ERROR);
    }

    // --- models on offer ----------------------------------------------------------------------------------------

    @Test
    void the_models_on_offer_are_the_live_approvals_the_policy_allows() {
        h.approve(SALES, MISTRAL, INTERNAL);
        h.approve(SALES, LLAMA, INTERNAL, ApprovalStatus.REVOKED, NOW.plus(Duration.ofDays(30)), OTHER);
        h.approve(SALES, GEMINI, CONFIDENTIAL);
        assertThat(h.offers.models(CALLER)).extracting(o -> o.model()).containsExactly(MISTRAL);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    GatewayCall gatewayCall(String model, TaskCategory task, DataClassification declared) {
        return gatewayCall(new RequestId("call-" + ++callNumber), model, task, declared);
    }

    static GatewayCall gatewayCall(RequestId id, String model, TaskCategory task, DataClassification declared) {
        return new GatewayCall(CALLER, id, model.equals("auto") ? Optional.empty() : Optional.of(new ModelId(model)),
                Optional.ofNullable(declared), task);
    }

    ChatCall call(String model, TaskCategory task, DataClassification declared, String text) {
        return new ChatCall(gatewayCall(model, task, declared), List.of(new ChatMessage("user", text)),
                OptionalInt.of(64), Optional.empty());
    }

    ChatCall call(RequestId id, String model, TaskCategory task, DataClassification declared, String text) {
        return new ChatCall(gatewayCall(id, model, task, declared), List.of(new ChatMessage("user", text)),
                OptionalInt.of(64), Optional.empty());
    }

    GatewayAnswer complete(ChatCall call) {
        return await(h.gateway.complete(call));
    }

    GatewayRefusedException assertRefused(ChatCall call, Refusal expected) {
        try {
            complete(call);
        } catch (GatewayRefusedException e) {
            assertThat(e.refusal()).isEqualTo(expected);
            assertThat(e.code()).isEqualTo("GATEWAY." + expected.name());
            return e;
        }
        throw new AssertionError("the call was answered, not refused with " + expected);
    }

    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    UsageRecord onlyLine() {
        List<UsageRecord> lines = h.ledgerOf(SALES);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    List<AuditEvent> eventsOf(UsageRecord line) {
        return h.events().stream().filter(e -> e.entityId().equals(line.requestId().value())).toList();
    }

    /** The caller's side of a stream: what it heard, and what was spent when it heard the end. */
    final class Listener implements StreamListener {
        final List<String> deltas = new ArrayList<>();
        final List<String> ends = new ArrayList<>();
        long spentAtEnd = -1;

        @Override
        public void onDelta(String text) {
            deltas.add(text);
        }

        @Override
        public void onComplete(String finishReason, TokenUsage usage, long costMicros) {
            ends.add("complete " + finishReason + " " + costMicros);
            spentAtEnd = h.budgetOf(SALES).spentMicros();
        }

        @Override
        public void onError(String code, String message, TokenUsage usageSoFar, long costMicros) {
            ends.add("error " + code + " " + costMicros);
            spentAtEnd = h.budgetOf(SALES).spentMicros();
        }
    }
}

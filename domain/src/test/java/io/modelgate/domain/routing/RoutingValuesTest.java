package io.modelgate.domain.routing;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.QualityTier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.modelgate.domain.classification.DataClassification.INTERNAL;
import static io.modelgate.domain.routing.Routes.NOW;
import static io.modelgate.domain.routing.Routes.api;
import static io.modelgate.domain.routing.Routes.grant;
import static io.modelgate.domain.routing.Routes.model;
import static io.modelgate.domain.routing.Routes.onPremises;
import static io.modelgate.domain.routing.Routes.option;
import static io.modelgate.domain.routing.Routes.privateCloud;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static io.modelgate.domain.usecase.TaskCategory.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

class RoutingValuesTest {

    private static final Model GPT = model("gpt-4o", QualityTier.FRONTIER, api("2.50", "10.00"));
    private static final Model LLAMA = model("llama-3-70b", QualityTier.STANDARD, onPremises());

    @Test
    void a_route_option_must_agree_with_its_approval_and_model() {
        RouteOption option = option(GPT);
        assertThat(option.modelId()).isEqualTo(new ModelId("gpt-4o"));
        assertThat(option.kind()).isEqualTo(DeploymentKind.VENDOR_API);

        // the approval is for gpt-4o, the model given is llama
        assertInvalid(() -> new RouteOption(option.approval(), LLAMA, LLAMA.spec().deployments().get(0)), "model");
        // the approval is for the vendor API, the deployment is on premises
        Model both = model("both", QualityTier.STANDARD, api("1.00", "1.00"), onPremises());
        RouteOption apiOption = option(both, DeploymentKind.VENDOR_API);
        assertInvalid(() -> new RouteOption(apiOption.approval(), both,
                both.spec().deployment(DeploymentKind.ON_PREMISES).orElseThrow()), "deployment");
        // a deployment of the right kind that is not the model's own
        Model cloud = model("cloud", QualityTier.STANDARD, privateCloud());
        RouteOption cloudOption = option(cloud);
        assertInvalid(() -> new RouteOption(cloudOption.approval(), cloud,
                Routes.selfHosted(DeploymentKind.PRIVATE_CLOUD, 1)), "deployment");
        assertInvalid(() -> new RouteOption(null, GPT, option.deployment()), "approval");
        assertInvalid(() -> new RouteOption(option.approval(), null, option.deployment()), "model");
        assertInvalid(() -> new RouteOption(option.approval(), GPT, null), "deployment");
    }

    @Test
    void a_request_needs_every_part() {
        assertThat(RoutingRequest.of(INTERNAL, OTHER, NOW).preferredModel()).isEmpty();
        assertThat(RoutingRequest.preferring(new ModelId("gpt-4o"), INTERNAL, OTHER, NOW).preferredModel())
                .contains(new ModelId("gpt-4o"));
        assertInvalid(() -> new RoutingRequest(null, OTHER, Optional.empty(), NOW), "classification");
        assertInvalid(() -> new RoutingRequest(INTERNAL, null, Optional.empty(), NOW), "taskCategory");
        assertInvalid(() -> new RoutingRequest(INTERNAL, OTHER, null, NOW), "preferredModel");
        assertInvalid(() -> new RoutingRequest(INTERNAL, OTHER, Optional.empty(), null), "at");
        assertInvalid(() -> RoutingRequest.preferring(null, INTERNAL, OTHER, NOW), "preferredModel");
    }

    @Test
    void a_routed_decision_is_an_immutable_non_empty_list() {
        RouteOption first = option(GPT);
        RouteOption second = option(LLAMA);
        List<RouteOption> given = new ArrayList<>(List.of(first, second));
        RoutingDecision.Routed routed = new RoutingDecision.Routed(given);
        given.clear();

        assertThat(routed.ranked()).containsExactly(first, second);
        assertThat(routed.primary()).isSameAs(first);
        assertThat(routed.fallbacks()).containsExactly(second);
        assertThat(new RoutingDecision.Routed(List.of(first)).fallbacks()).isEmpty();
        assertInvalid(() -> new RoutingDecision.Routed(List.of()), "ranked");
        assertInvalid(() -> new RoutingDecision.Routed(null), "ranked");
    }

    @Test
    void a_refusal_has_a_reason_and_a_sentence() {
        assertThat(new RoutingDecision.Refused(RefusalReason.NO_APPROVAL, "  No model.  ").sentence()).isEqualTo("No model.");
        assertInvalid(() -> new RoutingDecision.Refused(null, "x"), "reason");
        assertInvalid(() -> new RoutingDecision.Refused(RefusalReason.NO_APPROVAL, " "), "sentence");
    }

    @Test
    void a_router_needs_a_currency_and_rates_and_a_table_needs_options_and_a_policy() {
        assertInvalid(() -> new Router(null, Routes.USD_JPY_150), "currency");
        assertInvalid(() -> new Router(io.modelgate.domain.money.Money.currency("JPY"), null), "exchangeRates");
        Router router = Routes.router();
        assertInvalid(() -> router.route(null, List.of(), Routes.POLICY), "request");
        assertInvalid(() -> router.tableFor(null, Routes.POLICY), "options");
        assertInvalid(() -> router.tableFor(List.of(), null), "policy");
        assertInvalid(() -> router.tableFor(new ArrayList<>(java.util.Arrays.asList((RouteOption) null)), Routes.POLICY),
                "options");
        assertThat(grant(GPT).build().approval().model()).isEqualTo(GPT.id());
    }
}

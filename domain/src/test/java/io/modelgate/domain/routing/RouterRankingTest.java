package io.modelgate.domain.routing;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.QualityTier;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.classification.LevelRule;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.usecase.TaskCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.modelgate.domain.catalog.DeploymentKind.ON_PREMISES;
import static io.modelgate.domain.catalog.DeploymentKind.PRIVATE_CLOUD;
import static io.modelgate.domain.catalog.DeploymentKind.VENDOR_API;
import static io.modelgate.domain.classification.DataClassification.CONFIDENTIAL;
import static io.modelgate.domain.classification.DataClassification.INTERNAL;
import static io.modelgate.domain.classification.DataClassification.PUBLIC;
import static io.modelgate.domain.classification.DataClassification.RESTRICTED;
import static io.modelgate.domain.routing.Routes.AS_OF;
import static io.modelgate.domain.routing.Routes.NOW;
import static io.modelgate.domain.routing.Routes.POLICY;
import static io.modelgate.domain.routing.Routes.RETAINS_30_DAYS_GLOBAL;
import static io.modelgate.domain.routing.Routes.ZERO_RETENTION_JP;
import static io.modelgate.domain.routing.Routes.ZERO_RETENTION_US;
import static io.modelgate.domain.routing.Routes.api;
import static io.modelgate.domain.routing.Routes.grant;
import static io.modelgate.domain.routing.Routes.labels;
import static io.modelgate.domain.routing.Routes.model;
import static io.modelgate.domain.routing.Routes.onPremises;
import static io.modelgate.domain.routing.Routes.option;
import static io.modelgate.domain.routing.Routes.preferring;
import static io.modelgate.domain.routing.Routes.privateCloud;
import static io.modelgate.domain.routing.Routes.request;
import static io.modelgate.domain.routing.Routes.selfHosted;
import static io.modelgate.domain.usecase.TaskCategory.CODE_ASSIST;
import static io.modelgate.domain.usecase.TaskCategory.KNOWLEDGE_SEARCH;
import static io.modelgate.domain.usecase.TaskCategory.REPORT_GENERATION;
import static org.assertj.core.api.Assertions.assertThat;

class RouterRankingTest {

    /** A frontier model, cheap to make the point that cost comes after tier and kind. */
    private static final Model FRONTIER_API = model("frontier-api", QualityTier.FRONTIER,
            api(ZERO_RETENTION_JP, "0.10", "0.10", "USD"));
    private static final Model STANDARD_CLOUD = model("standard-cloud", QualityTier.STANDARD, privateCloud());
    private static final Model COMPACT_PREMISES = model("compact-premises", QualityTier.COMPACT,
            selfHosted(ON_PREMISES, 10_000));

    private static List<RouteOption> threeTiers() {
        return List.of(option(COMPACT_PREMISES), option(STANDARD_CLOUD), option(FRONTIER_API));
    }

    private static RoutingDecision route(RoutingRequest request, List<RouteOption> options) {
        return Routes.router().route(request, options, POLICY);
    }

    @Test
    void confidential_data_goes_on_premises_first_then_private_cloud_then_a_vendor_api() {
        for (TaskCategory task : TaskCategory.values()) {
            assertThat(labels(route(request(CONFIDENTIAL, task), threeTiers()))).as("task %s", task).containsExactly(
                    "compact-premises on ON_PREMISES", "standard-cloud on PRIVATE_CLOUD", "frontier-api on VENDOR_API");
        }
    }

    @Test
    void restricted_data_goes_on_premises_only() {
        assertThat(labels(route(request(RESTRICTED, CODE_ASSIST), threeTiers())))
                .containsExactly("compact-premises on ON_PREMISES");
    }

    @Test
    void one_model_in_three_deployments_is_ranked_by_kind_for_confidential_data() {
        Model everywhere = model("swallow-70b", QualityTier.STANDARD, api(ZERO_RETENTION_JP, "0.01", "0.01", "USD"),
                privateCloud(), onPremises());
        List<RouteOption> options = List.of(option(everywhere, VENDOR_API), option(everywhere, PRIVATE_CLOUD),
                option(everywhere, ON_PREMISES));

        assertThat(labels(route(request(CONFIDENTIAL, KNOWLEDGE_SEARCH), options))).containsExactly(
                "swallow-70b on ON_PREMISES", "swallow-70b on PRIVATE_CLOUD", "swallow-70b on VENDOR_API");
        // INTERNAL data: by cost: vendor ¥1.5 per 1M, private cloud ¥400, on premises ¥500
        assertThat(labels(route(request(INTERNAL, KNOWLEDGE_SEARCH), options))).containsExactly(
                "swallow-70b on VENDOR_API", "swallow-70b on PRIVATE_CLOUD", "swallow-70b on ON_PREMISES");
    }

    @ParameterizedTest(name = "{0}, {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "PUBLIC   | CODE_ASSIST           | frontier-api, standard-cloud, compact-premises",
            "INTERNAL | CODE_ASSIST           | frontier-api, standard-cloud, compact-premises",
            "INTERNAL | CONFIDENTIAL_ANALYSIS | frontier-api, standard-cloud, compact-premises",
            "INTERNAL | REPORT_GENERATION     | standard-cloud, frontier-api, compact-premises",
            "INTERNAL | KNOWLEDGE_SEARCH      | standard-cloud, frontier-api, compact-premises",
            "INTERNAL | CUSTOMER_CHAT         | standard-cloud, frontier-api, compact-premises",
            "PUBLIC   | OTHER                 | standard-cloud, frontier-api, compact-premises",
    })
    void below_confidential_the_task_chooses_the_tier_before_cost(DataClassification level, TaskCategory task,
                                                                    String expected) {
        List<String> models = labels(route(request(level, task), threeTiers())).stream()
                .map(label -> label.substring(0, label.indexOf(' '))).toList();

        assertThat(String.join(", ", models)).isEqualTo(expected);
    }

    @Test
    void within_a_tier_the_cheaper_route_in_the_budget_currency_comes_first() {
        // $1.00 / $1.00 per 1M → ¥150 per 1M at 150 JPY/USD; on premises ¥100,000 / 1e9 tokens → ¥100 per 1M
        Model dollars = model("dollar-api", QualityTier.STANDARD, api("1.00", "1.00"));
        Model yen = model("yen-premises", QualityTier.STANDARD, selfHosted(ON_PREMISES, 100_000));
        List<RouteOption> options = List.of(option(dollars), option(yen));

        assertThat(labels(route(request(INTERNAL, REPORT_GENERATION), options)))
                .containsExactly("yen-premises on ON_PREMISES", "dollar-api on VENDOR_API");
        // at 50 JPY/USD the dollar price is ¥50 per 1M: the order turns
        Router cheapDollar = new Router(Money.currency("JPY"),
                ExchangeRates.of(ExchangeRate.of("USD", "JPY", "50", AS_OF)));
        assertThat(labels(cheapDollar.route(request(INTERNAL, REPORT_GENERATION), options, POLICY)))
                .containsExactly("dollar-api on VENDOR_API", "yen-premises on ON_PREMISES");
    }

    @Test
    void api_prices_are_blended_one_to_one() {
        // input-heavy: (0.10 + 3.00) / 2 = $1.55; balanced: (1.00 + 1.00) / 2 = $1.00 → balanced first
        Model inputCheap = model("input-cheap", QualityTier.STANDARD, api("0.10", "3.00"));
        Model balanced = model("balanced", QualityTier.STANDARD, api("1.00", "1.00"));

        assertThat(labels(route(request(INTERNAL, REPORT_GENERATION), List.of(option(inputCheap), option(balanced)))))
                .containsExactly("balanced on VENDOR_API", "input-cheap on VENDOR_API");
    }

    @Test
    void equal_cost_falls_back_to_the_model_id() {
        Model beta = model("beta", QualityTier.STANDARD, api("1.00", "1.00"));
        Model alpha = model("alpha", QualityTier.STANDARD, api("1.00", "1.00"));

        assertThat(labels(route(request(INTERNAL, REPORT_GENERATION), List.of(option(beta), option(alpha)))))
                .containsExactly("alpha on VENDOR_API", "beta on VENDOR_API");
    }

    @Test
    void deprecated_models_rank_after_active_ones_even_in_a_better_tier() {
        Model deprecatedFrontier = model("old-frontier", QualityTier.FRONTIER, Lifecycle.DEPRECATED, api("0.01", "0.01"));
        Model activeCompact = model("new-compact", QualityTier.COMPACT, api("5.00", "5.00"));

        assertThat(labels(route(request(INTERNAL, CODE_ASSIST),
                List.of(option(deprecatedFrontier), option(activeCompact)))))
                .containsExactly("new-compact on VENDOR_API", "old-frontier on VENDOR_API");
    }

    @Test
    void for_confidential_data_the_deployment_kind_outranks_the_lifecycle() {
        Model deprecatedOnPremises = model("old-llama", QualityTier.STANDARD, Lifecycle.DEPRECATED, onPremises());
        Model activeApi = model("zdr-api", QualityTier.FRONTIER, api(ZERO_RETENTION_JP, "1.00", "1.00", "USD"));
        Model activeOnPremises = model("new-llama", QualityTier.COMPACT, onPremises());
        List<RouteOption> options = List.of(option(activeApi), option(deprecatedOnPremises), option(activeOnPremises));

        assertThat(labels(route(request(CONFIDENTIAL, CODE_ASSIST), options))).containsExactly(
                "new-llama on ON_PREMISES", "old-llama on ON_PREMISES", "zdr-api on VENDOR_API");
    }

    @Test
    void a_preferred_model_that_survives_goes_first_with_all_its_routes() {
        Model swallow = model("swallow-70b", QualityTier.COMPACT, privateCloud(), onPremises());
        List<RouteOption> options = new ArrayList<>(threeTiers());
        options.add(option(swallow, PRIVATE_CLOUD));
        options.add(option(swallow, ON_PREMISES));

        assertThat(labels(route(preferring("swallow-70b", INTERNAL, CODE_ASSIST), options))).containsExactly(
                "swallow-70b on PRIVATE_CLOUD", "swallow-70b on ON_PREMISES", // ¥400 then ¥500 per 1M
                "frontier-api on VENDOR_API", "standard-cloud on PRIVATE_CLOUD", "compact-premises on ON_PREMISES");
        assertThat(labels(route(preferring("swallow-70b", CONFIDENTIAL, CODE_ASSIST), options))).containsExactly(
                "swallow-70b on ON_PREMISES", "swallow-70b on PRIVATE_CLOUD",
                "compact-premises on ON_PREMISES", "standard-cloud on PRIVATE_CLOUD", "frontier-api on VENDOR_API");
    }

    @Test
    void a_preferred_model_that_does_not_survive_leaves_the_call_to_the_others() {
        Model gpt = model("gpt-4o", QualityTier.FRONTIER, api("2.50", "10.00")); // keeps data 30 days
        List<RouteOption> options = List.of(option(gpt), option(STANDARD_CLOUD));

        assertThat(labels(route(preferring("gpt-4o", CONFIDENTIAL, CODE_ASSIST), options)))
                .containsExactly("standard-cloud on PRIVATE_CLOUD");
        assertThat(labels(route(preferring("gpt-4o", INTERNAL, CODE_ASSIST), options)))
                .containsExactly("gpt-4o on VENDOR_API", "standard-cloud on PRIVATE_CLOUD");
        assertThat(labels(route(preferring("standard-cloud", INTERNAL, CODE_ASSIST), options)))
                .containsExactly("standard-cloud on PRIVATE_CLOUD", "gpt-4o on VENDOR_API");
    }

    @Test
    void the_classification_policy_filters_vendor_apis_by_their_terms() {
        Model zdrJapan = model("zdr-jp", QualityTier.STANDARD, api(ZERO_RETENTION_JP, "1.00", "1.00", "USD"));
        Model zdrUs = model("zdr-us", QualityTier.STANDARD, api(ZERO_RETENTION_US, "1.00", "1.00", "USD"));
        Model retains = model("retains", QualityTier.STANDARD, api(RETAINS_30_DAYS_GLOBAL, "1.00", "1.00", "USD"));
        List<RouteOption> options = List.of(option(retains), option(zdrUs), option(zdrJapan));

        assertThat(labels(route(request(CONFIDENTIAL, REPORT_GENERATION), options))).containsExactly("zdr-jp on VENDOR_API");
        assertThat(labels(route(request(INTERNAL, REPORT_GENERATION), options)))
                .containsExactly("retains on VENDOR_API", "zdr-jp on VENDOR_API", "zdr-us on VENDOR_API");
        assertThat(route(request(RESTRICTED, REPORT_GENERATION), options)).isInstanceOf(RoutingDecision.Refused.class);
    }

    @Test
    void the_current_policy_decides_not_the_one_the_approval_was_granted_under() {
        Model retains = model("retains", QualityTier.STANDARD, api(RETAINS_30_DAYS_GLOBAL, "1.00", "1.00", "USD"));
        List<RouteOption> options = List.of(option(retains), option(STANDARD_CLOUD));
        Map<DataClassification, LevelRule> lenient = new EnumMap<>(DataClassification.class);
        for (DataClassification level : DataClassification.values()) {
            lenient.put(level, LevelRule.anyDeployment());
        }
        Map<DataClassification, LevelRule> strict = new EnumMap<>(DataClassification.class);
        strict.put(PUBLIC, LevelRule.anyDeployment());
        strict.put(INTERNAL, LevelRule.only(PRIVATE_CLOUD, ON_PREMISES));
        strict.put(CONFIDENTIAL, LevelRule.only(ON_PREMISES));
        strict.put(RESTRICTED, LevelRule.only(ON_PREMISES));
        Router router = Routes.router();

        assertThat(labels(router.route(request(CONFIDENTIAL, REPORT_GENERATION), options, ClassificationPolicy.of(lenient))))
                .containsExactly("standard-cloud on PRIVATE_CLOUD", "retains on VENDOR_API");
        assertThat(labels(router.route(request(CONFIDENTIAL, REPORT_GENERATION), options, POLICY)))
                .containsExactly("standard-cloud on PRIVATE_CLOUD");
        assertThat(labels(router.route(request(INTERNAL, REPORT_GENERATION), options, ClassificationPolicy.of(strict))))
                .containsExactly("standard-cloud on PRIVATE_CLOUD");
    }

    @Test
    void two_approvals_for_one_route_make_one_route_the_longest_valid_first() {
        RouteOption shortLived = grant(STANDARD_CLOUD).validUntil(NOW.plusSeconds(3_600)).id(1).build();
        RouteOption longLived = grant(STANDARD_CLOUD).validUntil(NOW.plusSeconds(7_200)).id(2).build();
        RouteOption other = option(FRONTIER_API);
        List<RouteOption> options = List.of(shortLived, other, longLived);

        RoutingDecision.Routed routed = (RoutingDecision.Routed) route(request(INTERNAL, REPORT_GENERATION), options);
        assertThat(routed.ranked()).containsExactly(longLived, other);
        assertThat(routed.primary()).isSameAs(longLived);
        assertThat(routed.fallbacks()).containsExactly(other);

        // an hour and a half later the long-lived one is the only one left for that route
        RoutingDecision later = Routes.router().route(RoutingRequest.of(INTERNAL, REPORT_GENERATION,
                NOW.plusSeconds(5_400)), options, POLICY);
        assertThat(((RoutingDecision.Routed) later).ranked()).containsExactly(longLived, other);
        // equal validity: the lower approval id
        RouteOption first = grant(STANDARD_CLOUD).id(10).build();
        RouteOption second = grant(STANDARD_CLOUD).id(11).build();
        assertThat(((RoutingDecision.Routed) route(request(INTERNAL, REPORT_GENERATION), List.of(second, first))).ranked())
                .containsExactly(first);
    }

    @Test
    void the_same_options_in_another_order_rank_the_same() {
        List<RouteOption> options = new ArrayList<>(threeTiers());
        List<String> expected = labels(route(request(INTERNAL, KNOWLEDGE_SEARCH), options));
        Collections.reverse(options);

        assertThat(labels(route(request(INTERNAL, KNOWLEDGE_SEARCH), options))).isEqualTo(expected);
    }

    @Test
    void the_router_notices_a_changed_list_and_policy() {
        Router router = Routes.router();
        List<RouteOption> options = new ArrayList<>(List.of(option(FRONTIER_API), option(STANDARD_CLOUD)));
        RoutingTable first = router.tableFor(options, POLICY);

        assertThat(router.tableFor(options, POLICY)).isSameAs(first);
        assertThat(router.tableFor(List.copyOf(options), ClassificationPolicy.defaultPolicy())).isSameAs(first);
        assertThat(labels(router.route(request(INTERNAL, CODE_ASSIST), options, POLICY)))
                .containsExactly("frontier-api on VENDOR_API", "standard-cloud on PRIVATE_CLOUD");

        options.set(0, grant(FRONTIER_API).revoked().build()); // the same list object, changed
        assertThat(labels(router.route(request(INTERNAL, CODE_ASSIST), options, POLICY)))
                .containsExactly("standard-cloud on PRIVATE_CLOUD");
        assertThat(router.tableFor(options, POLICY)).isNotSameAs(first);

        options.add(option(COMPACT_PREMISES));
        assertThat(labels(router.route(request(INTERNAL, CODE_ASSIST), options, POLICY)))
                .containsExactly("standard-cloud on PRIVATE_CLOUD", "compact-premises on ON_PREMISES");
    }

    @Test
    void a_table_routes_like_the_router() {
        RoutingTable table = Routes.router().tableFor(threeTiers(), POLICY);

        assertThat(table.options()).hasSize(3);
        assertThat(table.policy()).isEqualTo(POLICY);
        assertThat(labels(table.route(request(CONFIDENTIAL, CODE_ASSIST)))).first().isEqualTo("compact-premises on ON_PREMISES");
    }

    @Test
    void kinds_rank_by_where_the_data_stays() {
        assertThat(RoutingTable.kindRank(ON_PREMISES)).isLessThan(RoutingTable.kindRank(PRIVATE_CLOUD));
        assertThat(RoutingTable.kindRank(PRIVATE_CLOUD)).isLessThan(RoutingTable.kindRank(VENDOR_API));
        assertThat(DeploymentKind.values()).hasSize(3);
    }
}

package io.modelgate.domain.routing;

import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.QualityTier;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.usecase.TaskCategory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static io.modelgate.domain.routing.Routes.NOW;
import static io.modelgate.domain.routing.Routes.POLICY;
import static io.modelgate.domain.routing.Routes.ZERO_RETENTION_JP;
import static io.modelgate.domain.routing.Routes.api;
import static io.modelgate.domain.routing.Routes.grant;
import static io.modelgate.domain.routing.Routes.model;
import static io.modelgate.domain.routing.Routes.selfHosted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run, not a benchmark: 10,000 calls over a department with 1,000 approvals complete. Nothing
 * is asserted about time; the JMH benchmark measures it.
 */
class RouterMicroCheckTest {

    @Test
    void routes_ten_thousand_calls_over_a_thousand_approvals() {
        Random random = new Random(1);
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Deployment[] deployments = {
                    api(ZERO_RETENTION_JP, String.valueOf(1 + random.nextInt(9)), String.valueOf(1 + random.nextInt(9)), "USD"),
                    selfHosted(DeploymentKind.PRIVATE_CLOUD, 100_000 + random.nextInt(900_000)),
                    selfHosted(DeploymentKind.ON_PREMISES, 100_000 + random.nextInt(900_000))};
            models.add(model("model-" + i, QualityTier.values()[i % 3], i % 10 == 0 ? Lifecycle.DEPRECATED : Lifecycle.ACTIVE,
                    deployments));
        }
        List<RouteOption> options = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Model model = models.get(i % models.size());
            Routes.Grant grant = grant(model, DeploymentKind.values()[(i / models.size()) % 3])
                    .upTo(DataClassification.values()[random.nextInt(4)])
                    .validUntil(NOW.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30) - 60)));
            if (i % 50 == 0) {
                grant.revoked();
            }
            options.add(grant.build());
        }
        List<RouteOption> department = List.copyOf(options);
        Router router = Routes.router();
        DataClassification[] levels = DataClassification.values();
        TaskCategory[] tasks = TaskCategory.values();

        int routed = 0;
        for (int call = 0; call < 10_000; call++) {
            Optional<ModelId> preferred = call % 3 == 0 ? Optional.of(models.get(call % 7).id()) : Optional.empty();
            RoutingRequest request = new RoutingRequest(levels[call % 4], tasks[call % 6], preferred,
                    NOW.plusSeconds(call));
            if (router.route(request, department, POLICY) instanceof RoutingDecision.Routed) {
                routed++;
            }
        }

        assertThat(routed).isPositive();
    }
}

package io.modelgate.domain.routing;

import io.modelgate.domain.approval.ApprovalRefusal;
import io.modelgate.domain.budget.CallCost;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.QualityTier;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.usecase.TaskCategory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static io.modelgate.domain.routing.Routes.NOW;
import static io.modelgate.domain.routing.Routes.POLICY;
import static io.modelgate.domain.routing.Routes.RETAINS_30_DAYS_GLOBAL;
import static io.modelgate.domain.routing.Routes.USD_JPY_150;
import static io.modelgate.domain.routing.Routes.ZERO_RETENTION_JP;
import static io.modelgate.domain.routing.Routes.ZERO_RETENTION_US;
import static io.modelgate.domain.routing.Routes.api;
import static io.modelgate.domain.routing.Routes.grant;
import static io.modelgate.domain.routing.Routes.model;
import static io.modelgate.domain.routing.Routes.selfHosted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prepared, remembered routing agrees with a plain rendering of the rules (filter everything,
 * sort everything) on random departments, calls and instants, forwards and backwards in time.
 */
class RouterAgainstReferenceTest {

    private static final Lifecycle[] LIFECYCLES = Lifecycle.values();
    private static final QualityTier[] TIERS = QualityTier.values();
    private static final DataClassification[] LEVELS = DataClassification.values();
    private static final TaskCategory[] TASKS = TaskCategory.values();

    @Test
    void agrees_with_the_reference_on_random_departments() {
        Random random = new Random(20250401);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int department = 0; department < 60; department++) {
            List<Model> models = models(random, 2 + random.nextInt(8));
            int count = random.nextBoolean() ? random.nextInt(4) : random.nextInt(40);
            List<RouteOption> options = options(random, models, count, random.nextInt(4));
            Router router = Routes.router();
            for (int call = 0; call < 150; call++) {
                RoutingRequest request = request(random, models);
                RoutingDecision expected = reference(request, options, POLICY);
                RoutingDecision actual = router.route(request, options, POLICY);
                outcomes.merge(expected instanceof RoutingDecision.Refused refused ? refused.reason().name()
                        : ((RoutingDecision.Routed) expected).ranked().size() > 1 ? "ROUTED_WITH_FALLBACKS" : "ROUTED",
                        1, Integer::sum);
                if (expected instanceof RoutingDecision.Routed routed) {
                    assertThat(actual).as("call %s", request).isInstanceOf(RoutingDecision.Routed.class);
                    assertThat(((RoutingDecision.Routed) actual).ranked()).as("call %s", request)
                            .containsExactlyElementsOf(routed.ranked());
                } else {
                    assertThat(actual).as("call %s", request).isInstanceOf(RoutingDecision.Refused.class);
                    assertThat(((RoutingDecision.Refused) actual).reason()).as("call %s", request)
                            .isEqualTo(((RoutingDecision.Refused) expected).reason());
                }
            }
        }
        // the random departments reach every outcome, so every rule was compared
        assertThat(outcomes.keySet()).as("outcomes %s", outcomes).contains("ROUTED", "ROUTED_WITH_FALLBACKS")
                .contains(Arrays.stream(RefusalReason.values()).map(Enum::name).toArray(String[]::new));
    }

    private static List<Model> models(Random random, int count) {
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Deployment> deployments = new ArrayList<>();
            if (random.nextBoolean()) {
                deployments.add(api(List.of(RETAINS_30_DAYS_GLOBAL, ZERO_RETENTION_JP, ZERO_RETENTION_US)
                        .get(random.nextInt(3)), price(random), price(random), random.nextBoolean() ? "USD" : "JPY"));
            }
            if (random.nextBoolean() || deployments.isEmpty()) {
                deployments.add(selfHosted(DeploymentKind.PRIVATE_CLOUD, 1_000 * (1 + random.nextInt(5))));
            }
            if (random.nextBoolean()) {
                deployments.add(selfHosted(DeploymentKind.ON_PREMISES, 1_000 * (1 + random.nextInt(5))));
            }
            models.add(model("m" + i, TIERS[random.nextInt(TIERS.length)],
                    LIFECYCLES[random.nextInt(LIFECYCLES.length)], deployments.toArray(new Deployment[0])));
        }
        return models;
    }

    /** Few distinct prices, so that ties happen and the later keys are exercised. */
    private static String price(Random random) {
        return String.valueOf(1 + random.nextInt(3));
    }

    /** {@code bias} 0: mostly ACTIVE; 1: mostly revoked; 2: mostly suspended; 3: all ACTIVE and valid for a long time. */
    private static List<RouteOption> options(Random random, List<Model> models, int count, int bias) {
        List<RouteOption> options = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Model model = models.get(random.nextInt(models.size()));
            List<Deployment> deployments = model.spec().deployments();
            Routes.Grant grant = grant(model, deployments.get(random.nextInt(deployments.size())).kind())
                    .upTo(LEVELS[random.nextInt(LEVELS.length)])
                    .validUntil(NOW.plus(Duration.ofHours(bias == 3 ? 10_000 : random.nextInt(48) - 24)))
                    .id(random.nextInt(1_000));
            Set<TaskCategory> tasks = EnumSet.noneOf(TaskCategory.class);
            for (TaskCategory task : TASKS) {
                if (random.nextInt(3) > 0) {
                    tasks.add(task);
                }
            }
            if (!tasks.isEmpty()) {
                TaskCategory first = tasks.iterator().next();
                grant.forTasks(first, tasks.toArray(new TaskCategory[0]));
            }
            int status = random.nextInt(8);
            if (bias == 1 ? status > 0 : bias == 0 && status == 0) {
                grant.revoked();
            } else if (bias == 2 ? status > 0 : bias == 0 && status == 1) {
                grant.suspended();
            }
            options.add(grant.build());
        }
        return options;
    }

    private static RoutingRequest request(Random random, List<Model> models) {
        Optional<ModelId> preferred = switch (random.nextInt(4)) {
            case 0 -> Optional.of(models.get(random.nextInt(models.size())).id());
            case 1 -> Optional.of(new ModelId("never-approved"));
            default -> Optional.empty();
        };
        Instant at = NOW.plus(Duration.ofMinutes(random.nextInt(48 * 60) - 24 * 60));
        return new RoutingRequest(LEVELS[random.nextInt(LEVELS.length)], TASKS[random.nextInt(TASKS.length)], preferred, at);
    }

    // ---- the reference: the rules as written, with no preparation at all ----

    static RoutingDecision reference(RoutingRequest request, List<RouteOption> options, ClassificationPolicy policy) {
        if (options.isEmpty()) {
            return new RoutingDecision.Refused(RefusalReason.NO_APPROVAL, "none");
        }
        Optional<ModelId> preferred = request.preferredModel();
        if (preferred.isPresent() && options.stream().noneMatch(o -> o.modelId().equals(preferred.get()))) {
            return new RoutingDecision.Refused(RefusalReason.MODEL_NOT_APPROVED, "not approved");
        }
        List<RouteOption> survivors = new ArrayList<>();
        RefusalReason latest = null;
        for (RouteOption option : options) {
            RefusalReason reason = elimination(option, request, policy);
            if (reason == null) {
                survivors.add(option);
            } else if (latest == null || reason.ordinal() > latest.ordinal()) {
                latest = reason;
            }
        }
        if (survivors.isEmpty()) {
            return new RoutingDecision.Refused(latest, "refused");
        }
        boolean confidential = request.effectiveLevel().atLeast(DataClassification.CONFIDENTIAL);
        Comparator<RouteOption> order = Comparator
                .comparingInt((RouteOption o) -> preferred.isPresent() && o.modelId().equals(preferred.get()) ? 0 : 1)
                .thenComparingInt(o -> confidential ? kindRank(o.kind()) : 0)
                .thenComparingInt(o -> o.model().lifecycle() == Lifecycle.ACTIVE ? 0 : 1)
                .thenComparingInt(o -> TierPreference.orderFor(request.task()).indexOf(o.model().spec().qualityTier()))
                .thenComparing(o -> CallCost.marginalPerMillionTokens(o.deployment(), Money.currency("JPY"), USD_JPY_150))
                .thenComparing(o -> o.modelId().value())
                .thenComparingInt(o -> kindRank(o.kind()))
                .thenComparing((RouteOption o) -> o.approval().validUntil(), Comparator.reverseOrder())
                .thenComparing(o -> o.approval().id().value());
        survivors.sort(order);
        Set<String> seen = new HashSet<>();
        List<RouteOption> ranked = survivors.stream().filter(o -> seen.add(o.modelId() + "/" + o.kind())).toList();
        return new RoutingDecision.Routed(ranked);
    }

    private static RefusalReason elimination(RouteOption option, RoutingRequest request, ClassificationPolicy policy) {
        Optional<ApprovalRefusal> refusal = option.approval().refusalAt(request.at());
        if (refusal.isPresent()) {
            return switch (refusal.get()) {
                case REVOKED -> RefusalReason.APPROVAL_REVOKED;
                case SUSPENDED -> RefusalReason.APPROVAL_SUSPENDED;
                case EXPIRED -> RefusalReason.APPROVAL_EXPIRED;
            };
        }
        if (request.effectiveLevel().isStricterThan(option.approval().highestClassification())) {
            return RefusalReason.CLASSIFICATION_NOT_COVERED;
        }
        if (!option.approval().covers(request.effectiveLevel(), request.task())) {
            return RefusalReason.TASK_NOT_COVERED;
        }
        if (option.model().lifecycle() == Lifecycle.RETIRED) {
            return RefusalReason.MODEL_RETIRED;
        }
        if (policy.decide(option.deployment(), request.effectiveLevel()).denied()) {
            return RefusalReason.CLASSIFICATION_NOT_ALLOWED;
        }
        return null;
    }

    private static int kindRank(DeploymentKind kind) {
        return switch (kind) {
            case ON_PREMISES -> 0;
            case PRIVATE_CLOUD -> 1;
            case VENDOR_API -> 2;
        };
    }
}

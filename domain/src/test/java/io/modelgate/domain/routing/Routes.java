package io.modelgate.domain.routing;

import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.approval.Revocation;
import io.modelgate.domain.approval.Suspension;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.ModelSpec;
import io.modelgate.domain.catalog.QualityTier;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.usecase.TaskCategory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Models, deployments and approvals for the routing tests; each test changes only what it is about. */
final class Routes {

    static final Instant NOW = Instant.parse("2025-04-01T09:00:00Z");
    static final Instant VALID_UNTIL = NOW.plus(Duration.ofDays(200));
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    static final ExchangeRates USD_JPY_150 = ExchangeRates.of(ExchangeRate.of("USD", "JPY", "150", AS_OF));
    static final ClassificationPolicy POLICY = ClassificationPolicy.defaultPolicy();

    /** Keeps data 30 days, processes it anywhere: fine for INTERNAL, not for CONFIDENTIAL. */
    static final VendorTerms RETAINS_30_DAYS_GLOBAL = new VendorTerms(30, VendorTerms.GLOBAL, false);
    /** Zero data retention in Japan: the default policy lets CONFIDENTIAL data use it. */
    static final VendorTerms ZERO_RETENTION_JP = new VendorTerms(0, "JP", false);
    /** Zero retention, but processed in the US. */
    static final VendorTerms ZERO_RETENTION_US = new VendorTerms(0, "US", false);

    private static final AtomicLong IDS = new AtomicLong(1_000);

    private Routes() {
    }

    static Router router() {
        return new Router(Money.currency("JPY"), USD_JPY_150);
    }

    static Deployment api(VendorTerms terms, String inputPerMillion, String outputPerMillion, String currency) {
        return Deployment.vendorApi(terms, new ApiPricing(Money.of(inputPerMillion, currency),
                Money.of(outputPerMillion, currency), AS_OF));
    }

    /** A vendor API that keeps data 30 days, priced in USD. */
    static Deployment api(String inputPerMillion, String outputPerMillion) {
        return api(RETAINS_30_DAYS_GLOBAL, inputPerMillion, outputPerMillion, "USD");
    }

    /** Self-hosted at a GPU price in yen for a billion tokens a month: {@code gpuYen} / 1,000 yen per 1M tokens. */
    static Deployment selfHosted(DeploymentKind kind, long gpuYen) {
        return Deployment.selfHosted(kind, new SelfHostedPricing(Money.ofMinor(gpuYen, "JPY"), 1_000_000_000L,
                Money.ofMinor(100_000, "JPY"), AS_OF));
    }

    static Deployment onPremises() {
        return selfHosted(DeploymentKind.ON_PREMISES, 500_000);
    }

    static Deployment privateCloud() {
        return selfHosted(DeploymentKind.PRIVATE_CLOUD, 400_000);
    }

    static Model model(String id, QualityTier tier, Lifecycle lifecycle, Deployment... deployments) {
        ModelSpec spec = new ModelSpec(id + " model", "Vendor", SourceKind.CLOSED, new LicenseId("vendor-terms"),
                Optional.empty(), List.of(deployments), 128_000, Set.of(), Map.of(), tier);
        return Model.reconstitute(new ModelId(id), spec, lifecycle, 0);
    }

    static Model model(String id, QualityTier tier, Deployment... deployments) {
        return model(id, tier, Lifecycle.ACTIVE, deployments);
    }

    /** An ACTIVE grant of the model's only (or first) deployment, up to RESTRICTED, for every task, valid for 200 days. */
    static Grant grant(Model model) {
        return new Grant(model, model.spec().deployments().get(0).kind());
    }

    static Grant grant(Model model, DeploymentKind kind) {
        return new Grant(model, kind);
    }

    static RouteOption option(Model model) {
        return grant(model).build();
    }

    static RouteOption option(Model model, DeploymentKind kind) {
        return grant(model, kind).build();
    }

    static RoutingRequest request(DataClassification level, TaskCategory task) {
        return RoutingRequest.of(level, task, NOW);
    }

    static RoutingRequest preferring(String model, DataClassification level, TaskCategory task) {
        return RoutingRequest.preferring(new ModelId(model), level, task, NOW);
    }

    /** "model on KIND" for each route, to compare orders in one line. */
    static List<String> labels(RoutingDecision decision) {
        return ((RoutingDecision.Routed) decision).ranked().stream().map(RouteOption::label).toList();
    }

    /** A mutable builder of one approval and the option it makes. */
    static final class Grant {
        private final Model model;
        private final DeploymentKind kind;
        private DataClassification upTo = DataClassification.RESTRICTED;
        private Set<TaskCategory> tasks = EnumSet.allOf(TaskCategory.class);
        private ApprovalStatus status = ApprovalStatus.ACTIVE;
        private Instant validUntil = VALID_UNTIL;
        private UUID id = new UUID(0, IDS.incrementAndGet());

        Grant(Model model, DeploymentKind kind) {
            this.model = model;
            this.kind = kind;
        }

        Grant upTo(DataClassification level) {
            upTo = level;
            return this;
        }

        Grant forTasks(TaskCategory first, TaskCategory... more) {
            tasks = EnumSet.of(first, more);
            return this;
        }

        Grant revoked() {
            status = ApprovalStatus.REVOKED;
            return this;
        }

        Grant suspended() {
            status = ApprovalStatus.SUSPENDED;
            return this;
        }

        Grant expired() {
            return validUntil(NOW.minus(Duration.ofDays(1)));
        }

        Grant validUntil(Instant until) {
            validUntil = until;
            return this;
        }

        Grant id(long value) {
            id = new UUID(0, value);
            return this;
        }

        Approval approval() {
            Instant granted = validUntil.minus(Duration.ofDays(365));
            return Approval.reconstitute(new ApprovalId(id), new UsageRequestId(id), new DepartmentId("sales"),
                    model.id(), kind, upTo, tasks, List.of(), granted, validUntil, Optional.empty(), status,
                    Optional.empty(),
                    status == ApprovalStatus.REVOKED
                            ? Optional.of(new Revocation("license changed", "admin", granted.plusSeconds(60)))
                            : Optional.empty(),
                    status == ApprovalStatus.SUSPENDED
                            ? Optional.of(new Suspension("re-review found a blocker", granted.plusSeconds(60)))
                            : Optional.empty(),
                    granted.plusSeconds(60), 1);
        }

        RouteOption build() {
            Deployment deployment = model.spec().deployment(kind).orElseThrow();
            return new RouteOption(approval(), model, deployment);
        }
    }

    static List<RouteOption> list(RouteOption... options) {
        return Arrays.asList(options);
    }
}

package io.modelgate.benchmarks;

import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.approval.Revocation;
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
import io.modelgate.domain.routing.RouteOption;
import io.modelgate.domain.routing.Router;
import io.modelgate.domain.routing.RoutingDecision;
import io.modelgate.domain.routing.RoutingRequest;
import io.modelgate.domain.usecase.TaskCategory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One routing decision ({@link Router#route}) for a department with 10, 100 or 1,000 approvals, built from
 * real domain objects the way {@code RouterMicroCheckTest} builds them: up to 200 models with a vendor API,
 * a private-cloud and an on-premises deployment each, approvals up to a random classification, 2% revoked,
 * 10% of models deprecated. The calls cycle through 64 prepared requests (every level and task, a third
 * naming a preferred model), so neither the branch predictor nor the JIT sees one request only.
 *
 * <ul>
 *   <li>{@code routeCached}: the same option list every call; the router recognises it (one identity pass
 *       over the list) and reuses its {@code RoutingTable}. This is the steady state of the gateway.</li>
 *   <li>{@code routeFirstCall}: a router that has no table yet, every call: the table is compiled from the
 *       options (filters that do not depend on the call, cost conversion, ranking) and then routes. This is
 *       the cost of the first call after an approval, a catalog entry or the policy changed.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingBenchmark {

    static final Instant NOW = Instant.parse("2025-04-01T09:00:00Z");
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    static final ExchangeRates USD_JPY_150 = ExchangeRates.of(ExchangeRate.of("USD", "JPY", "150", AS_OF));
    static final VendorTerms ZERO_RETENTION_JP = new VendorTerms(0, "JP", false);
    static final VendorTerms RETAINS_30_DAYS_GLOBAL = new VendorTerms(30, VendorTerms.GLOBAL, false);

    @Param({"10", "100", "1000"})
    public int approvals;

    private List<RouteOption> options;
    private RoutingRequest[] requests;
    private ClassificationPolicy policy;
    private Router warmRouter;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(1);
        int modelCount = Math.min(200, Math.max(2, approvals / 5));
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < modelCount; i++) {
            Deployment[] deployments = {
                    api(i % 2 == 0 ? ZERO_RETENTION_JP : RETAINS_30_DAYS_GLOBAL,
                            String.valueOf(1 + random.nextInt(9)), String.valueOf(1 + random.nextInt(9))),
                    selfHosted(DeploymentKind.PRIVATE_CLOUD, 100_000 + random.nextInt(900_000)),
                    selfHosted(DeploymentKind.ON_PREMISES, 100_000 + random.nextInt(900_000))};
            models.add(model("model-" + i, QualityTier.values()[i % 3],
                    i % 10 == 9 ? Lifecycle.DEPRECATED : Lifecycle.ACTIVE, deployments));
        }
        List<RouteOption> built = new ArrayList<>();
        for (int i = 0; i < approvals; i++) {
            Model model = models.get(i % modelCount);
            DeploymentKind kind = DeploymentKind.values()[(i / modelCount + i) % 3];
            DataClassification upTo = DataClassification.values()[random.nextInt(4)];
            Set<TaskCategory> tasks = i % 4 == 0 ? EnumSet.of(TaskCategory.values()[random.nextInt(6)])
                    : EnumSet.allOf(TaskCategory.class);
            Instant validUntil = NOW.plus(Duration.ofDays(30 + random.nextInt(300)));
            ApprovalStatus status = i % 50 == 49 ? ApprovalStatus.REVOKED : ApprovalStatus.ACTIVE;
            Approval approval = approval(i, model, kind, upTo, tasks, validUntil, status);
            built.add(new RouteOption(approval, model, model.spec().deployment(kind).orElseThrow()));
        }
        options = List.copyOf(built);
        policy = ClassificationPolicy.defaultPolicy();

        DataClassification[] levels = DataClassification.values();
        TaskCategory[] taskValues = TaskCategory.values();
        requests = new RoutingRequest[64];
        for (int call = 0; call < requests.length; call++) {
            Optional<ModelId> preferred = call % 3 == 0
                    ? Optional.of(models.get(call % modelCount).id()) : Optional.empty();
            requests[call] = new RoutingRequest(levels[call % levels.length], taskValues[call % taskValues.length],
                    preferred, NOW.plusSeconds(call));
        }

        warmRouter = router();
        int routed = 0;
        for (RoutingRequest request : requests) {
            if (warmRouter.route(request, options, policy) instanceof RoutingDecision.Routed) {
                routed++;
            }
        }
        if (routed == 0) {
            throw new IllegalStateException("no request was routed: the benchmark would measure refusals only");
        }
    }

    private RoutingRequest nextRequest() {
        RoutingRequest request = requests[next];
        next = (next + 1) & (requests.length - 1);
        return request;
    }

    /** Steady state: same options, so the remembered routing table is reused. */
    @Benchmark
    public RoutingDecision routeCached() {
        return warmRouter.route(nextRequest(), options, policy);
    }

    /** First call for these options: a router without a table compiles one, then routes. */
    @Benchmark
    public RoutingDecision routeFirstCall() {
        return router().route(nextRequest(), options, policy);
    }

    static Router router() {
        return new Router(Money.currency("JPY"), USD_JPY_150);
    }

    static Deployment api(VendorTerms terms, String inputPerMillion, String outputPerMillion) {
        return Deployment.vendorApi(terms, new ApiPricing(Money.of(inputPerMillion, "USD"),
                Money.of(outputPerMillion, "USD"), AS_OF));
    }

    static Deployment selfHosted(DeploymentKind kind, long gpuYen) {
        return Deployment.selfHosted(kind, new SelfHostedPricing(Money.ofMinor(gpuYen, "JPY"), 1_000_000_000L,
                Money.ofMinor(100_000, "JPY"), AS_OF));
    }

    static Model model(String id, QualityTier tier, Lifecycle lifecycle, Deployment... deployments) {
        ModelSpec spec = new ModelSpec(id + " model", "Vendor", SourceKind.CLOSED, new LicenseId("vendor-terms"),
                Optional.empty(), List.of(deployments), 128_000, Set.of(), Map.of(), tier);
        return Model.reconstitute(new ModelId(id), spec, lifecycle, 0);
    }

    static Approval approval(long n, Model model, DeploymentKind kind, DataClassification upTo,
                             Set<TaskCategory> tasks, Instant validUntil, ApprovalStatus status) {
        UUID id = new UUID(0, 1_000 + n);
        Instant granted = validUntil.minus(Duration.ofDays(365));
        return Approval.reconstitute(new ApprovalId(id), new UsageRequestId(id), new DepartmentId("sales"),
                model.id(), kind, upTo, tasks, List.of(), granted, validUntil, Optional.empty(), status,
                Optional.empty(),
                status == ApprovalStatus.REVOKED
                        ? Optional.of(new Revocation("license changed", "admin", granted.plusSeconds(60)))
                        : Optional.empty(),
                Optional.empty(), granted.plusSeconds(60), 1);
    }
}

package io.modelgate.application.testing;

import io.modelgate.domain.testing.Deployments;
import io.modelgate.application.cost.port.out.ExchangeRateSource;
import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.gateway.service.Breakers;
import io.modelgate.application.gateway.service.GatewayModels;
import io.modelgate.application.gateway.service.GatewayPipeline;
import io.modelgate.application.gateway.service.GatewayService;
import io.modelgate.application.gateway.service.GatewaySettings;
import io.modelgate.application.gateway.service.RouteSource;
import io.modelgate.application.gateway.service.RoutingSnapshots;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.gateway.port.in.UsageQuery;
import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.audit.AuditEvent;
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
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.classification.RuleBasedContentDetector;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.routing.DepartmentRoutes;
import io.modelgate.domain.usecase.TaskCategory;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The gateway's services over in-memory fakes of every port, with a small catalog: a self-hosted Mistral on
 * premises, a self-hosted Llama on premises, GPT-4o on a vendor API with zero retention in Japan, and Gemini on
 * a vendor API that keeps data 30 days in the US. Each endpoint is named {@code model/DEPLOYMENT}.
 */
public final class GatewayHarness {

    public static final ModelId MISTRAL = new ModelId("mistral-7b-instruct");
    public static final ModelId LLAMA = new ModelId("llama-3-70b-instruct");
    public static final ModelId GPT = new ModelId("gpt-4o");
    public static final ModelId GEMINI = new ModelId("gemini-1-5-pro");
    public static final Instant NOW = Instant.parse("2025-04-10T03:00:00Z");
    public static final YearMonth APRIL = YearMonth.of(2025, 4);
    public static final Currency JPY = Currency.getInstance("JPY");

    public final InMemoryApprovals approvals = new InMemoryApprovals();
    public final InMemoryModels models = new InMemoryModels();
    public final InMemoryClassificationPolicies policies = new InMemoryClassificationPolicies();
    public final InMemoryBudgets budgets = new InMemoryBudgets();
    public final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    public final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    public final InMemoryCallReservations reservations = new InMemoryCallReservations(budgets, ledger);
    public final InMemorySettlements settlements = new InMemorySettlements(budgets, reservations, ledger, trail);
    public final FakeChatProviders providers = new FakeChatProviders();
    public final Map<String, ProviderEndpoint> endpoints = new HashMap<>();
    public final MutableClock clock = new MutableClock(NOW);
    public final GatewaySettings settings = new GatewaySettings(1024, 8192, 3, Duration.ofSeconds(30),
            ZoneId.of("Asia/Tokyo"));
    public final Breakers breakers = new Breakers(settings, clock);
    public final GatewayService gateway;
    public final GatewayModels offers;

    public GatewayHarness() {
        ExchangeRateSource rates = new ExchangeRateSource() {
            @Override
            public ExchangeRates rates() {
                return ExchangeRates.of(Deployments.USD_JPY_150);
            }

            @Override
            public Currency defaultCurrency() {
                return JPY;
            }
        };
        DirectTransactions transactions = new DirectTransactions();
        RouteSource routes = new RouteSource(approvals, models, policies, transactions,
                new RoutingSnapshots<DepartmentRoutes>(Duration.ZERO, System::nanoTime, transactions), JPY, rates.rates());
        Audit audit = new Audit(trail, clock);
        GatewayPipeline pipeline = new GatewayPipeline(routes, department -> DataClassification.INTERNAL,
                new RuleBasedContentDetector(), directory(),
                reservations, settlements, breakers, audit, rates, settings);
        gateway = new GatewayService(pipeline, providers, clock);
        offers = new GatewayModels(routes, directory(), clock);
        models.add(Model.register(MISTRAL, spec("Mistral 7B", SourceKind.OPEN_WEIGHTS, selfHosted())));
        models.add(Model.register(LLAMA, spec("Llama 3 70B", SourceKind.OPEN_WEIGHTS, selfHosted())));
        models.add(Model.register(GPT, spec("GPT-4o", SourceKind.CLOSED, vendor(new VendorTerms(0, "JP", false)))));
        models.add(Model.register(GEMINI, spec("Gemini", SourceKind.CLOSED, vendor(new VendorTerms(30, "US", false)))));
        for (Model model : List.of(models.find(MISTRAL).orElseThrow(), models.find(LLAMA).orElseThrow(),
                models.find(GPT).orElseThrow(), models.find(GEMINI).orElseThrow())) {
            DeploymentKind kind = model.spec().deployments().get(0).kind();
            endpoint(model.id(), kind);
        }
    }

    private static ModelSpec spec(String name, SourceKind kind, Deployment deployment) {
        return new ModelSpec(name, "Sample", kind, new LicenseId("apache-2.0"), Optional.empty(), List.of(deployment),
                128_000, Set.of("japanese"), Map.of(), QualityTier.STANDARD);
    }

    private static Deployment selfHosted() {
        return Deployments.selfHosted(DeploymentKind.ON_PREMISES, "300000", 4_500_000_000L, "100000", "JPY");
    }

    private static Deployment vendor(VendorTerms terms) {
        return Deployments.api(terms, "2.50", "10.00", "USD");
    }

    /** The endpoints of {@link #endpoints}, by {@code model/KIND}. */
    private ProviderDirectory directory() {
        return new ProviderDirectory() {
            @Override
            public Optional<ProviderEndpoint> endpointFor(ModelId model, DeploymentKind deployment) {
                return Optional.ofNullable(endpoints.get(model + "/" + deployment));
            }

            @Override
            public List<EndpointState> endpoints() {
                return List.of();
            }
        };
    }

    /** Serves the model's deployment at an endpoint named {@code model/KIND}. */
    public ProviderEndpoint endpoint(ModelId model, DeploymentKind kind) {
        String name = model + "/" + kind;
        ProviderEndpoint endpoint = new ProviderEndpoint(name, ProviderProtocol.OPENAI_COMPATIBLE,
                URI.create("http://" + model + ".internal/v1"), Optional.empty(), model.value(), Duration.ofSeconds(5));
        endpoints.put(name, endpoint);
        return endpoint;
    }

    /** An ACTIVE approval of the department for the model on its deployment, up to the level, for the tasks. */
    public Approval approve(DepartmentId department, ModelId model, DataClassification upTo, TaskCategory... tasks) {
        return approve(department, model, upTo, ApprovalStatus.ACTIVE, NOW.plus(Duration.ofDays(300)), tasks);
    }

    public Approval approve(DepartmentId department, ModelId model, DataClassification upTo, ApprovalStatus status,
                            Instant validUntil, TaskCategory... tasks) {
        DeploymentKind kind = models.find(model).orElseThrow().spec().deployments().get(0).kind();
        Set<TaskCategory> covered = tasks.length == 0 ? EnumSet.of(TaskCategory.OTHER) : EnumSet.copyOf(List.of(tasks));
        Approval approval = Approval.reconstitute(new ApprovalId(UUID.randomUUID()),
                new UsageRequestId(UUID.randomUUID()), department, model, kind, upTo, covered, List.of(),
                NOW.minus(Duration.ofDays(10)), validUntil, Optional.empty(), status, Optional.empty(),
                status == ApprovalStatus.REVOKED ? Optional.of(new io.modelgate.domain.approval.Revocation(
                        "Revoked in a test.", "admin", NOW.minus(Duration.ofDays(1)))) : Optional.empty(),
                status == ApprovalStatus.SUSPENDED ? Optional.of(new io.modelgate.domain.approval.Suspension(
                        "Suspended in a test.", NOW.minus(Duration.ofDays(1)))) : Optional.empty(),
                NOW.minus(Duration.ofDays(10)), 0);
        return approvals.add(approval);
    }

    /** A budget for April in yen. */
    public void budget(DepartmentId department, String amountYen, String hardLimitYen) {
        budgets.save(new Budget(department, APRIL, Money.of(amountYen, "JPY"), 80, Money.of(hardLimitYen, "JPY"), 0, 0,
                Optional.empty(), 0));
    }

    public Budget budgetOf(DepartmentId department) {
        return budgets.find(department, APRIL).orElseThrow();
    }

    public void retire(ModelId model) {
        models.update(models.find(model).orElseThrow().moveTo(Lifecycle.DEPRECATED));
        models.update(models.find(model).orElseThrow().moveTo(Lifecycle.RETIRED));
    }

    public List<UsageRecord> ledgerOf(DepartmentId department) {
        return ledger.search(new UsageQuery(Optional.of(department), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), new PageRequest(0, 200)).items();
    }

    public List<AuditEvent> events() {
        return trail.events();
    }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static BigDecimal yen(long micros) {
        return BigDecimal.valueOf(micros, 6);
    }
}

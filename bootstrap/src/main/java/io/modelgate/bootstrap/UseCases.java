package io.modelgate.bootstrap;

import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.approval.port.out.RemainingBudgets;
import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.approval.service.ApprovalRules;
import io.modelgate.application.approval.service.ApprovalService;
import io.modelgate.application.approval.service.ReReviewService;
import io.modelgate.application.approval.service.UsageRequestService;
import io.modelgate.application.audit.port.out.AuditTrail;
import io.modelgate.application.gateway.port.out.ChatProviders;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.endpoint.port.out.Endpoints;
import io.modelgate.application.endpoint.service.EndpointDirectory;
import io.modelgate.application.endpoint.service.EndpointService;
import io.modelgate.bootstrap.config.ConfiguredEndpoints;
import io.modelgate.bootstrap.endpoint.DnsHostAddresses;
import io.modelgate.bootstrap.endpoint.LoggedProviderDirectory;
import io.modelgate.bootstrap.endpoint.MountedSecrets;
import io.modelgate.domain.endpoint.AddressAllowList;
import jakarta.enterprise.inject.Typed;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.Settlements;
import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.gateway.service.InterruptedCalls;
import io.modelgate.adapters.persistence.settlement.SettlementSettings;
import io.modelgate.application.gateway.service.Breakers;
import io.modelgate.application.gateway.service.GatewayModels;
import io.modelgate.application.gateway.service.GatewayPipeline;
import io.modelgate.application.gateway.service.GatewayService;
import io.modelgate.application.gateway.service.RouteSource;
import io.modelgate.domain.routing.DepartmentRoutes;
import io.modelgate.application.gateway.service.RoutingSnapshots;
import io.modelgate.application.gateway.service.GatewaySettings;
import io.modelgate.application.audit.service.AuditService;
import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.budget.service.BudgetService;
import io.modelgate.application.budget.service.UsageReportService;
import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.catalog.service.LicenseCatalogService;
import io.modelgate.application.catalog.service.ModelCatalogService;
import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.classification.port.out.DepartmentDefaults;
import io.modelgate.application.classification.service.ClassificationService;
import io.modelgate.application.cost.port.out.ExchangeRateSource;
import io.modelgate.application.cost.service.CostService;
import io.modelgate.application.licensing.service.LicenseChain;
import io.modelgate.application.licensing.service.LicenseEvaluationService;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.classification.ContentDetector;
import io.modelgate.domain.classification.RuleBasedContentDetector;
import io.modelgate.bootstrap.config.ModelGateConfig;
import io.modelgate.domain.license.evaluation.LicenseEvaluator;
import io.modelgate.domain.money.Money;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Wires the use cases: the application services carry no framework annotation, so they are
 * created here from the adapters that implement their ports.
 */
public class UseCases {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The rule-based detector; a better one replaces it here, behind the same interface. */
    @Produces
    @Singleton
    ContentDetector contentDetector() {
        return new RuleBasedContentDetector();
    }

    @Produces
    @Singleton
    Audit audit(AuditTrail trail, Clock clock) {
        return new Audit(trail, clock);
    }

    @Produces
    @Singleton
    AuditService auditTrail(AuditTrail trail, Transactions transactions) {
        return new AuditService(trail, transactions);
    }

    @Produces
    @Singleton
    ModelCatalogService modelCatalog(Models models, Licenses licenses, Transactions transactions, Audit audit,
                                     ReReviewService reReview, RoutingSnapshots<DepartmentRoutes> snapshots) {
        return new ModelCatalogService(snapshots.watch(models), licenses, transactions, audit, reReview);
    }

    @Produces
    @Singleton
    LicenseCatalogService licenseCatalog(Licenses licenses, Transactions transactions, Audit audit,
                                         ReReviewService reReview) {
        return new LicenseCatalogService(licenses, transactions, audit, reReview);
    }

    @Produces
    @Singleton
    LicenseChain licenseChain(Licenses licenses, Models models) {
        return new LicenseChain(licenses, models, new LicenseEvaluator());
    }

    @Produces
    @Singleton
    ApprovalRules approvalRules(ModelGateConfig config, ExchangeRateSource rates) {
        ModelGateConfig.Approval a = config.approval();
        return new ApprovalRules(Money.fromDecimal(new BigDecimal(a.financeThreshold()), rates.defaultCurrency()),
                Period.parse(a.validity()), new BigDecimal(a.priceChangeShare()), ZoneId.of(a.budgetZone()));
    }

    @Produces
    @Singleton
    UsageRequestService usageRequests(UsageRequests requests, Approvals approvals, Models models, LicenseChain chain,
                                      ClassificationPolicies policies, ExchangeRateSource rates,
                                      RemainingBudgets budgets, ApprovalRules rules, Transactions transactions,
                                      Audit audit, RoutingSnapshots<DepartmentRoutes> snapshots) {
        return new UsageRequestService(requests, snapshots.watch(approvals), models, chain, policies, rates, budgets, rules,
                transactions, audit, UUID::randomUUID);
    }

    @Produces
    @Singleton
    ApprovalService approvals(Approvals approvals, Transactions transactions, Audit audit, RoutingSnapshots<DepartmentRoutes> snapshots) {
        return new ApprovalService(snapshots.watch(approvals), transactions, audit);
    }

    /** Not a CatalogChanges bean itself, so the catalog services are the only ones that call it. */
    @Produces
    @Singleton
    ReReviewService reReview(Approvals approvals, UsageRequests requests, Models models, LicenseChain chain,
                             ClassificationPolicies policies, ApprovalRules rules, Audit audit,
                             RoutingSnapshots<DepartmentRoutes> snapshots) {
        return new ReReviewService(snapshots.watch(approvals), requests, models, chain, policies, rules, audit);
    }

    @Produces
    @Singleton
    ClassificationService classification(ClassificationPolicies policies, Models models, ContentDetector detector,
                                         DepartmentDefaults departmentDefaults, Transactions transactions, Audit audit,
                                         RoutingSnapshots<DepartmentRoutes> snapshots) {
        return new ClassificationService(snapshots.watch(policies), models, detector, departmentDefaults, transactions,
                audit);
    }

    @Produces
    @Singleton
    LicenseEvaluationService licenseEvaluation(Licenses licenses, Models models, Transactions transactions) {
        return new LicenseEvaluationService(licenses, models, new LicenseEvaluator(), transactions);
    }

    @Produces
    @Singleton
    CostService cost(Models models, ExchangeRateSource rates, Transactions transactions) {
        return new CostService(models, rates, transactions);
    }

    /**
     * One per instance, shared by the gateway (which reads) and every service that writes approvals, models
     * or the policy (through the watched ports), so that a change here takes effect at the next call.
     */
    @Produces
    @Singleton
    RoutingSnapshots<DepartmentRoutes> routingSnapshots(ModelGateConfig config, Transactions transactions) {
        return new RoutingSnapshots<>(config.gateway().routingSnapshotMaxAge(), System::nanoTime, transactions);
    }

    @Produces
    @Singleton
    GatewaySettings gatewaySettings(ModelGateConfig config) {
        ModelGateConfig.Gateway g = config.gateway();
        return new GatewaySettings(g.defaultMaxTokens(), g.maxTokensCap(), g.breakerFailures(), g.breakerOpenFor(),
                ZoneId.of(config.approval().budgetZone()));
    }

    @Produces
    @Singleton
    BudgetService budgets(Budgets budgets, UsageLedger ledger, Transactions transactions, Audit audit,
                          ApprovalRules rules, ExchangeRateSource rates) {
        return new BudgetService(budgets, ledger, transactions, audit, rules.budgetZone(), rates.defaultCurrency());
    }

    /** The routes of each department, from its snapshot. */
    @Produces
    @Singleton
    RouteSource routeSource(Approvals approvals, Models models, ClassificationPolicies policies,
                            Transactions transactions, RoutingSnapshots<DepartmentRoutes> snapshots,
                            ExchangeRateSource rates) {
        return new RouteSource(approvals, models, policies, transactions, snapshots, rates.defaultCurrency(),
                rates.rates());
    }

    /** The provider endpoints' circuit breakers of this instance (also the health group's source). */
    @Produces
    @Singleton
    Breakers breakers(GatewaySettings settings, Clock clock) {
        return new Breakers(settings, clock);
    }

    /** Decide, attempt, settle: the steps every kind of governed call goes through. */
    @Produces
    @Singleton
    GatewayPipeline gatewayPipeline(RouteSource routes, DepartmentDefaults departmentDefaults, ContentDetector detector,
                                    ProviderDirectory directory, CallReservations reservations,
                                    Settlements settlements, Breakers breakers, Audit audit, ExchangeRateSource rates,
                                    GatewaySettings settings) {
        return new GatewayPipeline(routes, departmentDefaults, detector, directory, reservations, settlements, breakers,
                audit, rates, settings);
    }

    @Produces
    @Singleton
    GatewayService gateway(GatewayPipeline pipeline, ChatProviders providers, Clock clock) {
        return new GatewayService(pipeline, providers, clock);
    }

    @Produces
    @Singleton
    GatewayModels gatewayModels(RouteSource routes, ProviderDirectory directory, Clock clock) {
        return new GatewayModels(routes, directory, clock);
    }

    /**
     * The configured endpoints with the admins' stored ones on top, reloaded within the routing snapshot's
     * bound. Typed as itself only: the gateway gets it through {@link #providerDirectory}.
     */
    @Produces
    @Singleton
    @Typed(EndpointDirectory.class)
    EndpointDirectory endpointDirectory(ModelGateConfig config, Endpoints stored, Transactions transactions) {
        return new EndpointDirectory(ConfiguredEndpoints.from(config.gateway().endpoints()), stored,
                new MountedSecrets(System.getenv(), java.nio.file.Path.of(config.endpoints().secretsDir())),
                new DnsHostAddresses(), AddressAllowList.of(config.endpoints().allowedHosts()), transactions,
                config.gateway().routingSnapshotMaxAge(), System::nanoTime);
    }

    @Produces
    @Singleton
    ProviderDirectory providerDirectory(EndpointDirectory directory) {
        return new LoggedProviderDirectory(directory);
    }

    @Produces
    @Singleton
    EndpointService endpoints(Endpoints endpoints, Models models, EndpointDirectory directory,
                              Transactions transactions, Audit audit) {
        return new EndpointService(endpoints, models, directory, transactions, audit);
    }

    @Produces
    @Singleton
    InterruptedCalls interruptedCalls(CallReservations reservations, Settlements settlements, Clock clock) {
        return new InterruptedCalls(reservations, settlements, clock);
    }

    @Produces
    @Singleton
    SettlementSettings settlementSettings(ModelGateConfig config) {
        ModelGateConfig.Settlement s = config.settlement();
        java.nio.file.Path spool = s.spoolDir().map(java.nio.file.Path::of)
                .orElseGet(() -> java.nio.file.Path.of(config.dataDir().orElse(".modelgate"), "spool"));
        return new SettlementSettings(spool, s.batchSize(), s.queueCapacity(), s.retryEvery(), s.silence());
    }

    @Produces
    @Singleton
    UsageReportService usageReports(UsageLedger ledger, Transactions transactions, ApprovalRules rules) {
        return new UsageReportService(ledger, transactions, rules.budgetZone());
    }
}

package io.modelgate.application.approval;

import io.modelgate.application.approval.port.in.DraftUsageRequest;
import io.modelgate.application.approval.port.in.RequestCommand;
import io.modelgate.application.approval.port.in.ReviewUsageRequest;
import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.application.approval.service.ApprovalRules;
import io.modelgate.application.approval.service.ApprovalService;
import io.modelgate.application.approval.service.ReReviewService;
import io.modelgate.application.approval.service.UsageRequestService;
import io.modelgate.application.catalog.port.in.ChangeModelLifecycle;
import io.modelgate.application.catalog.port.in.ReviseLicense;
import io.modelgate.application.catalog.service.LicenseCatalogService;
import io.modelgate.application.catalog.service.ModelCatalogService;
import io.modelgate.application.cost.port.out.ExchangeRateSource;
import io.modelgate.application.licensing.service.LicenseChain;
import io.modelgate.application.shared.AccessRefusedException;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.testing.CatalogSamples;
import io.modelgate.application.testing.DirectTransactions;
import io.modelgate.application.testing.InMemoryApprovals;
import io.modelgate.application.testing.InMemoryAuditTrail;
import io.modelgate.application.testing.InMemoryClassificationPolicies;
import io.modelgate.application.testing.InMemoryLicenses;
import io.modelgate.application.testing.InMemoryModels;
import io.modelgate.application.testing.InMemoryRemainingBudgets;
import io.modelgate.application.testing.InMemoryUsageRequests;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.approval.ReviewOutcome;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.license.CommercialUse;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseTerms;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.MonthlyVolume;
import io.modelgate.domain.usecase.TaskCategory;
import io.modelgate.domain.usecase.UseCase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow's use cases over in-memory fakes of every port. */
class UsageRequestServiceTest {

    static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");

    final InMemoryModels models = new InMemoryModels();
    final InMemoryLicenses licenses = new InMemoryLicenses();
    final InMemoryUsageRequests requests = new InMemoryUsageRequests();
    final InMemoryApprovals approvals = new InMemoryApprovals();
    final InMemoryRemainingBudgets budgets = new InMemoryRemainingBudgets();
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    final DirectTransactions transactions = new DirectTransactions();
    final Audit audit = new Audit(trail, Clock.fixed(NOW, ZoneOffset.UTC));
    final InMemoryClassificationPolicies policies = new InMemoryClassificationPolicies();
    final LicenseChain chain = new LicenseChain(licenses, models, new io.modelgate.domain.license.evaluation.LicenseEvaluator());
    final ApprovalRules rules = new ApprovalRules(Money.of("1000000", "JPY"), Period.ofMonths(12), new BigDecimal("0.2"),
            ZoneId.of("Asia/Tokyo"));
    final ExchangeRateSource rates = new ExchangeRateSource() {
        @Override
        public ExchangeRates rates() {
            return ExchangeRates.of(ExchangeRate.of("USD", "JPY", "150.00", LocalDate.of(2024, 10, 1)));
        }

        @Override
        public Currency defaultCurrency() {
            return Currency.getInstance("JPY");
        }
    };
    final UsageRequestService service = new UsageRequestService(requests, approvals, models, chain, policies, rates,
            budgets, rules, transactions, audit, UUID::randomUUID);
    final ReReviewService reReview = new ReReviewService(approvals, requests, models, chain, policies, rules, audit);
    final ModelCatalogService catalog = new ModelCatalogService(models, licenses, transactions, audit, reReview);
    final LicenseCatalogService licenseCatalog = new LicenseCatalogService(licenses, transactions, audit, reReview);

    final DepartmentId sales = new DepartmentId("sales");
    final Actor requester = new Actor("rina", Set.of("requester"), Optional.of("sales"));
    final Actor admin = new Actor("ada", Set.of("admin"), Optional.empty());

    UsageRequestServiceTest() {
        licenses.add(CatalogSamples.permissiveLicense("open-license"));
        models.add(Model.register(new ModelId("open-7b"), CatalogSamples.spec("open-license", "Acme",
                SourceKind.OPEN_WEIGHTS, DeploymentKind.ON_PREMISES)));
        budgets.set(sales, YearMonth.from(NOW.atZone(ZoneId.of("Asia/Tokyo"))), Money.of("5000000", "JPY"));
    }

    UseCase useCase(boolean commercial) {
        return new UseCase("Weekly summaries", TaskCategory.REPORT_GENERATION, Audience.INTERNAL, commercial, false,
                false, 20, DataClassification.INTERNAL, new MonthlyVolume(1000, 800, 300));
    }

    UsageRequestId drafted(boolean commercial) {
        return service.draft(new DraftUsageRequest.Command(requester, new ModelId("open-7b"), DeploymentKind.ON_PREMISES,
                useCase(commercial))).id();
    }

    @Test
    void an_internal_request_needing_no_review_is_approved_and_granted_in_one_transaction() {
        var id = drafted(false);
        var decided = service.submit(new RequestCommand(requester, id, OptionalLong.empty()));
        assertThat(decided.request().state()).isEqualTo(RequestState.APPROVED);
        assertThat(decided.request().autoApproved()).isTrue();
        assertThat(decided.approval()).get().satisfies(a -> {
            assertThat(a.department()).isEqualTo(sales);
            assertThat(a.validUntil()).isEqualTo(Instant.parse("2027-11-29T01:00:00Z"));
            assertThat(a.isLiveAt(NOW)).isTrue();
        });
        assertThat(trail.events()).extracting(e -> e.action())
                .containsExactly("REQUEST.DRAFTED", "REQUEST.SUBMITTED", "APPROVAL.GRANTED");
    }

    @Test
    void commercial_use_waits_for_legal_and_the_last_approve_grants() {
        var id = drafted(true);
        var submitted = service.submit(new RequestCommand(requester, id, OptionalLong.empty()));
        assertThat(submitted.request().requiredReviews()).containsExactly(ReviewKind.LEGAL);
        Actor legal = new Actor("lena", Set.of("legal-reviewer"), Optional.of("legal"));
        assertThat(service.search(legal, new UsageRequestQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(ReviewKind.LEGAL)), new PageRequest(0, 10)).items()).extracting(r -> r.id()).contains(id);
        var reviewed = service.review(new ReviewUsageRequest.Command(legal, id, ReviewKind.LEGAL, ReviewOutcome.APPROVE,
                Optional.empty(), OptionalLong.of(submitted.request().version())));
        assertThat(reviewed.request().state()).isEqualTo(RequestState.APPROVED);
        assertThat(reviewed.approval()).isPresent();
        assertThat(approvals.findByRequest(id)).isPresent();
    }

    @Test
    void a_draft_is_assessed_like_a_submission_would_be_and_stays_a_draft() {
        var id = drafted(true);
        var before = service.get(requester, id).request();
        int auditedBefore = trail.events().size();

        var assessment = service.assess(requester, id);

        assertThat(assessment.evaluation().requiredReviews()).containsExactly(ReviewKind.LEGAL);
        assertThat(assessment.estimate().model()).isEqualTo(new ModelId("open-7b"));
        assertThat(assessment.estimate().monthlyCost().currency().getCurrencyCode()).isEqualTo("JPY");
        assertThat(assessment.remainingBudget()).contains(Money.of("5000000", "JPY"));
        var after = service.get(requester, id).request();
        assertThat(after.state()).isEqualTo(RequestState.DRAFT);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(trail.events()).hasSize(auditedBefore);
        var submitted = service.submit(new RequestCommand(requester, id, OptionalLong.empty())).request();
        assertThat(submitted.requiredReviews()).isEqualTo(assessment.evaluation().requiredReviews());
        assertThat(submitted.findings()).isEqualTo(assessment.evaluation().findings());
        Actor stranger = new Actor("taro", Set.of("requester"), Optional.of("research"));
        assertThatThrownBy(() -> service.assess(stranger, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void scoping_hides_other_departments_and_a_requester_needs_a_department() {
        var id = drafted(false);
        Actor stranger = new Actor("taro", Set.of("requester"), Optional.of("research"));
        assertThatThrownBy(() -> service.get(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.submit(new RequestCommand(stranger, id, OptionalLong.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.search(stranger, UsageRequestQuery.all(), new PageRequest(0, 10)).items()).isEmpty();
        Actor nowhere = new Actor("nobody", Set.of("requester"), Optional.empty());
        assertThatThrownBy(() -> service.draft(new DraftUsageRequest.Command(nowhere, new ModelId("open-7b"),
                DeploymentKind.ON_PREMISES, useCase(false)))).isInstanceOf(AccessRefusedException.class);
        assertThat(requests.search(UsageRequestQuery.all(), new PageRequest(0, 10)).totalItems()).isEqualTo(1);
    }

    @Test
    void a_license_that_now_prohibits_commercial_use_suspends_commercial_approvals_and_flags_the_rest() {
        var internal = service.submit(new RequestCommand(requester, drafted(false), OptionalLong.empty()))
                .approval().orElseThrow();
        var commercialId = drafted(true);
        service.submit(new RequestCommand(requester, commercialId, OptionalLong.empty()));
        var commercial = service.review(new ReviewUsageRequest.Command(
                new Actor("lena", Set.of("legal-reviewer"), Optional.empty()), commercialId, ReviewKind.LEGAL,
                ReviewOutcome.APPROVE, Optional.empty(), OptionalLong.empty())).approval().orElseThrow();

        License before = licenses.find(new io.modelgate.domain.license.LicenseId("open-license")).orElseThrow();
        LicenseTerms t = before.terms();
        LicenseTerms prohibiting = new LicenseTerms(CommercialUse.PROHIBITED, t.monthlyActiveUserCap(),
                t.attributionRequired(), t.attributionNotice(), t.copyrightNoticeRequired(),
                t.licenseTextWithRedistribution(), t.noticeFileWithRedistribution(), t.derivativeNamePrefix(),
                t.acceptableUsePolicyUrl(), t.useRestrictionsPassThrough(), t.redistributionAllowed(), t.shareAlike(),
                t.outputsMayImproveOtherModels(), t.clauses());
        licenseCatalog.revise(new ReviseLicense.Command(admin, before.revise(before.name(), before.spdxId(),
                before.textUrl(), before.summary(), prohibiting), OptionalLong.empty()));

        assertThat(approvals.find(commercial.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.SUSPENDED);
        var flagged = approvals.find(internal.id()).orElseThrow();
        assertThat(flagged.status()).isEqualTo(ApprovalStatus.ACTIVE);
        assertThat(flagged.reReview()).isPresent();

        catalog.moveTo(new ChangeModelLifecycle.Command(admin, new ModelId("open-7b"), Lifecycle.RETIRED,
                Optional.of("end of support"), OptionalLong.empty()));
        assertThat(approvals.find(internal.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.REVOKED);
        assertThat(approvals.find(commercial.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.REVOKED);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void an_admin_revokes_and_confirms() {
        ApprovalService approvalService = new ApprovalService(approvals, transactions, audit);
        var approval = service.submit(new RequestCommand(requester, drafted(false), OptionalLong.empty()))
                .approval().orElseThrow();
        var revoked = approvalService.revoke(new io.modelgate.application.approval.port.in.ManageApproval.Command(admin,
                approval.id(), "project cancelled", OptionalLong.empty()));
        assertThat(revoked.isLiveAt(NOW)).isFalse();
        assertThat(revoked.revocation()).get().extracting(r -> r.by()).isEqualTo("ada");
    }

    @Test
    void a_price_rise_beyond_the_configured_share_flags_the_approval_and_a_small_one_does_not() {
        var approval = service.submit(new RequestCommand(requester, drafted(false), OptionalLong.empty()))
                .approval().orElseThrow();
        Model model = models.find(new ModelId("open-7b")).orElseThrow();
        var small = withGpuCost(model, "500000"); // 450,000 → 500,000: +11 %
        catalog.revise(new io.modelgate.application.catalog.port.in.ReviseModel.Command(admin, model.id(), small,
                OptionalLong.empty()));
        assertThat(approvals.find(approval.id()).orElseThrow().reReview()).isEmpty();
        var large = withGpuCost(model, "700000"); // 500,000 → 700,000: +40 %
        catalog.revise(new io.modelgate.application.catalog.port.in.ReviseModel.Command(admin, model.id(), large,
                OptionalLong.empty()));
        assertThat(approvals.find(approval.id()).orElseThrow().reReview()).get()
                .satisfies(r -> assertThat(r.reason()).contains("price of open-7b ON_PREMISES"));
    }

    private static io.modelgate.domain.catalog.ModelSpec withGpuCost(Model model, String yen) {
        var s = model.spec();
        var gpu = (io.modelgate.domain.catalog.SelfHostedPricing) s.deployments().get(0).pricing();
        var deployment = io.modelgate.domain.catalog.Deployment.selfHosted(DeploymentKind.ON_PREMISES,
                new io.modelgate.domain.catalog.SelfHostedPricing(Money.of(yen, "JPY"), gpu.tokensPerGpuMonth(),
                        gpu.fixedMonthlyOperationsCost(), gpu.asOf()));
        return new io.modelgate.domain.catalog.ModelSpec(s.name(), s.provider(), s.sourceKind(), s.licenseId(),
                s.baseModel(), java.util.List.of(deployment), s.contextWindowTokens(), s.strengths(),
                s.benchmarkScores(), s.qualityTier());
    }
}

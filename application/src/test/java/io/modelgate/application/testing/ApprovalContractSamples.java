package io.modelgate.application.testing;

import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.Finding;
import io.modelgate.domain.approval.HistoryEntry;
import io.modelgate.domain.approval.RequestEvaluation;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.approval.ReviewOutcome;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.evaluation.Obligation;
import io.modelgate.domain.license.evaluation.ObligationType;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.MonthlyVolume;
import io.modelgate.domain.usecase.TaskCategory;
import io.modelgate.domain.usecase.UseCase;

import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Usage requests in every state and approvals in every status, made through the domain's own
 * commands, for the contracts of {@code UsageRequests} and {@code Approvals}. The models are shipped
 * catalog models (the PostgreSQL tables reference them); instants carry microseconds, the precision
 * the store keeps.
 */
public final class ApprovalContractSamples {

    public static final ModelId GPT_4O = new ModelId("gpt-4o");
    public static final ModelId LLAMA_3_70B = new ModelId("llama-3-70b-instruct");
    public static final String REQUESTER = "alice@example.com";
    public static final String SECURITY_REVIEWER = "bob@example.com";
    public static final String LEGAL_REVIEWER = "carol@example.com";
    public static final String FINANCE_REVIEWER = "dave@example.com";
    /** Microseconds, as PostgreSQL keeps them. */
    public static final Instant T0 = Instant.parse("2025-04-01T09:00:00.123456Z");

    private ApprovalContractSamples() {
    }

    /** A department of its own, so that a test sees only its own rows in a shared database. */
    public static DepartmentId uniqueDepartment() {
        return new DepartmentId("dept-" + UUID.randomUUID());
    }

    /** A random id whose text begins with the given hex digit, to pin the order of ties. */
    public static UsageRequestId requestIdStartingWith(char hexDigit) {
        return new UsageRequestId(uuidStartingWith(hexDigit));
    }

    public static ApprovalId approvalIdStartingWith(char hexDigit) {
        return new ApprovalId(uuidStartingWith(hexDigit));
    }

    public static UseCase useCase() {
        return new UseCase("社内報告書の要約 — summaries of internal reports, with \"quotes\" and 'apostrophes'",
                TaskCategory.REPORT_GENERATION, Audience.INTERNAL, true, false, true, 1_250,
                DataClassification.CONFIDENTIAL, new MonthlyVolume(40_000, 1_800, 600));
    }

    public static UseCase otherUseCase() {
        return new UseCase("Customer chat in English", TaskCategory.CUSTOMER_CHAT, Audience.EXTERNAL_CUSTOMERS,
                false, true, false, 10_000_000_000L, DataClassification.PUBLIC, MonthlyVolume.none());
    }

    /** Findings of every severity but BLOCKER, the given reviews required, two obligations from two licenses. */
    public static RequestEvaluation evaluationRequiring(ReviewKind... kinds) {
        Set<ReviewKind> required = EnumSet.noneOf(ReviewKind.class);
        required.addAll(List.of(kinds));
        return new RequestEvaluation(List.of(
                Finding.warning("BUDGET.NOT_SET", "The department has no budget for this month."),
                Finding.info("SECURITY_REVIEW.VENDOR_API", "Data leaves the company through the vendor's API."),
                Finding.info("COST.MONTHLY_ESTIMATE", "About 1,234 JPY a month.")),
                required, List.of(
                new Obligation(ObligationType.INCLUDE_LICENSE_TEXT, "Give recipients a copy of the license.",
                        new LicenseId("apache-2.0"), "Section 4(a)"),
                new Obligation(ObligationType.FOLLOW_ACCEPTABLE_USE_POLICY, "Follow Meta's acceptable use policy.",
                        new LicenseId("llama-3-community"), "Section 2")));
    }

    /** Nothing found at all: submission approves automatically and stores an empty evaluation. */
    public static RequestEvaluation emptyEvaluation() {
        return new RequestEvaluation(List.of(), Set.of(), List.of());
    }

    public static RequestEvaluation blockingEvaluation() {
        return new RequestEvaluation(List.of(
                Finding.blocker("CLASSIFICATION.NOT_ALLOWED", "CONFIDENTIAL data may not go to this vendor API."),
                Finding.info("COST.MONTHLY_ESTIMATE", "About 99 JPY a month.")),
                Set.of(ReviewKind.SECURITY), List.of());
    }

    public static UsageRequest draft(DepartmentId department, ModelId model, Instant at) {
        return draft(new UsageRequestId(UUID.randomUUID()), department, model, at);
    }

    public static UsageRequest draft(UsageRequestId id, DepartmentId department, ModelId model, Instant at) {
        return UsageRequest.draft(id, REQUESTER, department, model, DeploymentKind.VENDOR_API, useCase(), at);
    }

    /** Edited once: another model, deployment and use case. */
    public static UsageRequest editedDraft(DepartmentId department, Instant at) {
        return draft(department, GPT_4O, at).edit(REQUESTER, LLAMA_3_70B, DeploymentKind.ON_PREMISES, otherUseCase(),
                at.plusSeconds(60));
    }

    /** SUBMITTED is passed through on submission; a stored one can only be reconstituted. */
    public static UsageRequest submitted(DepartmentId department, ModelId model, Instant at) {
        UsageRequest draft = draft(department, model, at);
        Instant submittedAt = at.plusSeconds(1);
        List<HistoryEntry> history = List.of(draft.history().get(0), new HistoryEntry(submittedAt, REQUESTER,
                HistoryEntry.SUBMITTED, Optional.of(RequestState.DRAFT), RequestState.SUBMITTED, "Submitted."));
        return UsageRequest.reconstitute(draft.id(), REQUESTER, department, model, draft.deployment(),
                draft.useCase(), RequestState.SUBMITTED, Optional.empty(), List.of(), history, at, submittedAt, 0);
    }

    /** Requires SECURITY and LEGAL; SECURITY approved with a comment, LEGAL pending. */
    public static UsageRequest inReview(DepartmentId department, ModelId model, Instant at) {
        return inReview(draft(department, model, at), at);
    }

    public static UsageRequest inReview(UsageRequest draft, Instant at) {
        return draft.submit(REQUESTER, evaluationRequiring(ReviewKind.SECURITY, ReviewKind.LEGAL), at.plusSeconds(1))
                .review(ReviewKind.SECURITY, ReviewOutcome.APPROVE, "Zero retention confirmed.", SECURITY_REVIEWER,
                        Set.of(ReviewKind.SECURITY.role()), at.plusSeconds(2));
    }

    /** Requires SECURITY and FINANCE, neither decided yet. */
    public static UsageRequest awaitingSecurityAndFinance(DepartmentId department, ModelId model, Instant at) {
        return draft(department, model, at).submit(REQUESTER,
                evaluationRequiring(ReviewKind.SECURITY, ReviewKind.FINANCE), at.plusSeconds(1));
    }

    /** Approved by both required reviews (LEGAL without a comment). */
    public static UsageRequest approved(DepartmentId department, ModelId model, Instant at) {
        return inReview(department, model, at).review(ReviewKind.LEGAL, ReviewOutcome.APPROVE, null, LEGAL_REVIEWER,
                Set.of(ReviewKind.LEGAL.role(), "employee"), at.plusSeconds(3));
    }

    /** Approved on submission: evaluated, but the evaluation found nothing. */
    public static UsageRequest autoApproved(DepartmentId department, ModelId model, Instant at) {
        return draft(department, model, at).submit(REQUESTER, emptyEvaluation(), at.plusSeconds(1));
    }

    public static UsageRequest rejectedByBlocker(DepartmentId department, ModelId model, Instant at) {
        return draft(department, model, at).submit(REQUESTER, blockingEvaluation(), at.plusSeconds(1));
    }

    public static UsageRequest rejectedByReviewer(DepartmentId department, ModelId model, Instant at) {
        return inReview(department, model, at).review(ReviewKind.LEGAL, ReviewOutcome.REJECT,
                "External use is not covered by the license.", LEGAL_REVIEWER, Set.of(ReviewKind.LEGAL.role()),
                at.plusSeconds(3));
    }

    public static UsageRequest withdrawnDraft(DepartmentId department, ModelId model, Instant at) {
        return draft(department, model, at).withdraw(REQUESTER, at.plusSeconds(1));
    }

    public static UsageRequest withdrawnInReview(DepartmentId department, ModelId model, Instant at) {
        return inReview(department, model, at).withdraw(REQUESTER, at.plusSeconds(3));
    }

    /** ACTIVE for twelve months from {@code grantedAt}; the request must be APPROVED. */
    public static Approval grant(UsageRequest approvedRequest, Instant grantedAt, Optional<Money> monthlyCap) {
        return grant(new ApprovalId(UUID.randomUUID()), approvedRequest, grantedAt, monthlyCap);
    }

    public static Approval grant(ApprovalId id, UsageRequest approvedRequest, Instant grantedAt,
                                 Optional<Money> monthlyCap) {
        return Approval.grant(id, approvedRequest, grantedAt, Period.ofMonths(12), monthlyCap);
    }

    private static UUID uuidStartingWith(char hexDigit) {
        return UUID.fromString(hexDigit + UUID.randomUUID().toString().substring(1));
    }
}

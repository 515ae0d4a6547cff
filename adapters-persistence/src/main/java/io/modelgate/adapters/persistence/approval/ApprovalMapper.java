package io.modelgate.adapters.persistence.approval;

import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.approval.Finding;
import io.modelgate.domain.approval.HistoryEntry;
import io.modelgate.domain.approval.ReReview;
import io.modelgate.domain.approval.RequestEvaluation;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.ReviewDecision;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.approval.ReviewOutcome;
import io.modelgate.domain.approval.Revocation;
import io.modelgate.domain.approval.Severity;
import io.modelgate.domain.approval.Suspension;
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
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translates between usage-request and approval rows and domain objects; the only place that knows
 * both. Instants are written truncated to the microsecond, PostgreSQL's precision, so that what
 * {@code add} and {@code update} return equals what a later {@code find} loads.
 */
final class ApprovalMapper {

    private ApprovalMapper() {
    }

    // --- usage requests -------------------------------------------------------------------------

    static UsageRequest toDomain(UsageRequestEntity e) {
        UseCase useCase = new UseCase(e.purpose, TaskCategory.valueOf(e.taskCategory), Audience.valueOf(e.audience),
                e.commercial, e.redistributesModel, e.fineTunes, e.expectedMau,
                DataClassification.valueOf(e.highestClassification),
                new MonthlyVolume(e.requestsPerMonth, e.avgInputTokens, e.avgOutputTokens));
        Optional<RequestEvaluation> evaluation = e.evaluated
                ? Optional.of(new RequestEvaluation(e.findings.stream().map(ApprovalMapper::toDomain).toList(),
                kinds(e.requiredReviews), obligations(e.obligations)))
                : Optional.empty();
        return UsageRequest.reconstitute(new UsageRequestId(e.id), e.requester, new DepartmentId(e.department),
                new ModelId(e.modelId), DeploymentKind.valueOf(e.deployment), useCase, RequestState.valueOf(e.state),
                evaluation, e.decisions.stream().map(ApprovalMapper::toDomain).toList(),
                e.history.stream().map(ApprovalMapper::toDomain).toList(), e.createdAt, e.updatedAt, e.version);
    }

    /** Copies everything but the version, which Hibernate manages. */
    static void copy(UsageRequest request, UsageRequestEntity e) {
        e.id = request.id().value();
        e.requester = request.requester();
        e.department = request.department().value();
        e.modelId = request.model().value();
        e.deployment = request.deployment().name();
        UseCase useCase = request.useCase();
        e.purpose = useCase.purpose();
        e.taskCategory = useCase.taskCategory().name();
        e.audience = useCase.audience().name();
        e.commercial = useCase.commercial();
        e.redistributesModel = useCase.redistributesModel();
        e.fineTunes = useCase.fineTunes();
        e.expectedMau = useCase.expectedMonthlyActiveUsers();
        e.highestClassification = useCase.highestClassification().name();
        e.requestsPerMonth = useCase.volume().requestsPerMonth();
        e.avgInputTokens = useCase.volume().averageInputTokens();
        e.avgOutputTokens = useCase.volume().averageOutputTokens();
        e.state = request.state().name();
        e.evaluated = request.evaluation().isPresent();
        replace(e.findings, request.findings().stream().map(ApprovalMapper::toRow).toList());
        replace(e.requiredReviews, request.requiredReviews().stream().map(Enum::name).toList());
        replace(e.obligations, request.obligations().stream().map(ApprovalMapper::toRow).toList());
        replace(e.decisions, request.decisions().stream().map(ApprovalMapper::toRow).toList());
        replace(e.history, request.history().stream().map(ApprovalMapper::toRow).toList());
        e.createdAt = micros(request.createdAt());
        e.updatedAt = micros(request.updatedAt());
    }

    private static Finding toDomain(FindingRow row) {
        return new Finding(Severity.valueOf(row.severity), row.code, row.sentence);
    }

    private static FindingRow toRow(Finding finding) {
        FindingRow row = new FindingRow();
        row.severity = finding.severity().name();
        row.code = finding.code();
        row.sentence = finding.sentence();
        return row;
    }

    private static ReviewDecision toDomain(DecisionRow row) {
        return new ReviewDecision(ReviewKind.valueOf(row.kind), ReviewOutcome.valueOf(row.outcome), row.reviewer,
                Optional.ofNullable(row.comment), row.decidedAt);
    }

    private static DecisionRow toRow(ReviewDecision decision) {
        DecisionRow row = new DecisionRow();
        row.kind = decision.kind().name();
        row.outcome = decision.outcome().name();
        row.reviewer = decision.reviewer();
        row.comment = decision.comment().orElse(null);
        row.decidedAt = micros(decision.decidedAt());
        return row;
    }

    private static HistoryEntry toDomain(HistoryRow row) {
        return new HistoryEntry(row.occurredAt, row.actor, row.action,
                Optional.ofNullable(row.fromState).map(RequestState::valueOf), RequestState.valueOf(row.toState),
                row.note);
    }

    private static HistoryRow toRow(HistoryEntry entry) {
        HistoryRow row = new HistoryRow();
        row.occurredAt = micros(entry.at());
        row.actor = entry.actor();
        row.action = entry.action();
        row.fromState = entry.from().map(Enum::name).orElse(null);
        row.toState = entry.to().name();
        row.note = entry.note();
        return row;
    }

    private static Set<ReviewKind> kinds(Set<String> names) {
        Set<ReviewKind> kinds = EnumSet.noneOf(ReviewKind.class);
        names.forEach(name -> kinds.add(ReviewKind.valueOf(name)));
        return kinds;
    }

    // --- approvals ------------------------------------------------------------------------------

    static Approval toDomain(ApprovalEntity e) {
        Set<TaskCategory> tasks = e.taskCategories.stream().map(TaskCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TaskCategory.class)));
        Optional<Money> cap = e.monthlyCapMinor == null ? Optional.empty()
                : Optional.of(Money.ofMinor(e.monthlyCapMinor, e.monthlyCapCurrency));
        Optional<ReReview> reReview = e.reReviewReason == null ? Optional.empty()
                : Optional.of(new ReReview(e.reReviewReason, e.reReviewFlaggedAt));
        Optional<Revocation> revocation = e.revocationReason == null ? Optional.empty()
                : Optional.of(new Revocation(e.revocationReason, e.revokedBy, e.revokedAt));
        Optional<Suspension> suspension = e.suspensionReason == null ? Optional.empty()
                : Optional.of(new Suspension(e.suspensionReason, e.suspendedAt));
        return Approval.reconstitute(new ApprovalId(e.id), new UsageRequestId(e.requestId),
                new DepartmentId(e.department), new ModelId(e.modelId), DeploymentKind.valueOf(e.deployment),
                DataClassification.valueOf(e.highestClassification), tasks, obligations(e.obligations), e.grantedAt,
                e.validUntil, cap, ApprovalStatus.valueOf(e.status), reReview, revocation, suspension, e.updatedAt,
                e.version);
    }

    /** Copies everything but the version, which Hibernate manages. */
    static void copy(Approval approval, ApprovalEntity e) {
        e.id = approval.id().value();
        e.requestId = approval.requestId().value();
        e.department = approval.department().value();
        e.modelId = approval.model().value();
        e.deployment = approval.deployment().name();
        e.highestClassification = approval.highestClassification().name();
        replace(e.taskCategories, approval.taskCategories().stream().map(Enum::name).toList());
        replace(e.obligations, approval.obligations().stream().map(ApprovalMapper::toRow).toList());
        e.grantedAt = micros(approval.grantedAt());
        e.validUntil = micros(approval.validUntil());
        e.monthlyCapMinor = approval.monthlyCap().map(Money::minorUnits).orElse(null);
        e.monthlyCapCurrency = approval.monthlyCap().map(cap -> cap.currency().getCurrencyCode()).orElse(null);
        e.status = approval.status().name();
        e.reReviewReason = approval.reReview().map(ReReview::reason).orElse(null);
        e.reReviewFlaggedAt = approval.reReview().map(flag -> micros(flag.flaggedAt())).orElse(null);
        e.revocationReason = approval.revocation().map(Revocation::reason).orElse(null);
        e.revokedBy = approval.revocation().map(Revocation::by).orElse(null);
        e.revokedAt = approval.revocation().map(revoked -> micros(revoked.at())).orElse(null);
        e.suspensionReason = approval.suspension().map(Suspension::reason).orElse(null);
        e.suspendedAt = approval.suspension().map(suspended -> micros(suspended.suspendedAt())).orElse(null);
        e.updatedAt = micros(approval.updatedAt());
    }

    // --- shared ---------------------------------------------------------------------------------

    private static List<Obligation> obligations(List<ObligationRow> rows) {
        return rows.stream().map(row -> new Obligation(ObligationType.valueOf(row.type), row.sentence,
                new LicenseId(row.sourceLicense), row.clause)).toList();
    }

    private static ObligationRow toRow(Obligation obligation) {
        ObligationRow row = new ObligationRow();
        row.type = obligation.type().name();
        row.sentence = obligation.sentence();
        row.sourceLicense = obligation.source().value();
        row.clause = obligation.clause();
        return row;
    }

    /** PostgreSQL keeps microseconds; nanoseconds beyond them would not survive a round trip. */
    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Replaces a mapped collection's content in place, so Hibernate sees the same collection and
     * writes only the rows that changed (appending a history entry inserts one row).
     */
    private static <T> void replace(Collection<T> target, List<T> rows) {
        target.clear();
        target.addAll(rows);
    }
}

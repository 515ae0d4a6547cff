package io.modelgate.adapters.rest.approval;

import io.modelgate.adapters.rest.governance.LicenseEvaluationDto.ObligationDto;
import io.modelgate.adapters.rest.shared.MoneyDto;
import io.modelgate.adapters.rest.shared.UseCaseDto;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.approval.ReviewOutcome;
import io.modelgate.domain.approval.Severity;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.license.evaluation.Obligation;
import io.modelgate.domain.usecase.TaskCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Usage requests and approvals on the wire. Requests take only what a requester may say. */
public final class ApprovalDtos {

    private ApprovalDtos() {
    }

    @Schema(name = "UsageRequestBody", description = "What the requester asks for. The department comes from "
            + "the token; state, requester and dates are the platform's (sending them is refused)")
    public record RequestBody(@NotBlank @Schema(example = "llama-3-70b-instruct") String modelId,
                              @NotNull DeploymentKind deployment,
                              @NotNull @Valid UseCaseDto useCase) {
    }

    @Schema(name = "ReviewBody")
    public record ReviewBody(@NotNull ReviewKind kind, @NotNull ReviewOutcome outcome,
                             @Schema(description = "Required when rejecting", example = "Data may not leave Japan")
                             String comment) {
    }

    @Schema(name = "ReasonBody")
    public record ReasonBody(@NotBlank @Schema(example = "Project cancelled") String reason) {
    }

    @Schema(name = "Finding")
    public record FindingDto(Severity severity, @Schema(example = "CLASSIFICATION.NOT_ALLOWED") String code,
                             String sentence) {
    }

    @Schema(name = "ReviewDecision")
    public record DecisionDto(ReviewKind kind, ReviewOutcome outcome, String reviewer, String comment,
                              Instant decidedAt) {
    }

    @Schema(name = "HistoryEntry")
    public record HistoryDto(Instant at, String actor, String action, RequestState from, RequestState to, String note) {
    }

    @Schema(name = "UsageRequest")
    public record UsageRequestDto(UUID id, String requester, String department, String modelId,
                                  DeploymentKind deployment, UseCaseDto useCase, RequestState state,
                                  boolean autoApproved, List<FindingDto> findings, Set<ReviewKind> requiredReviews,
                                  Set<ReviewKind> pendingReviews, List<DecisionDto> decisions,
                                  List<ObligationDto> obligations, List<HistoryDto> history,
                                  @Schema(description = "The approval this request granted, once APPROVED") UUID approvalId,
                                  Instant createdAt, Instant updatedAt, long version) {
    }

    @Schema(name = "ReReview")
    public record ReReviewDto(String reason, Instant flaggedAt) {
    }

    @Schema(name = "Revocation")
    public record RevocationDto(String reason, String by, Instant at) {
    }

    @Schema(name = "Suspension")
    public record SuspensionDto(String reason, Instant at) {
    }

    @Schema(name = "Approval", description = "What an approved request grants; the gateway honours it while live")
    public record ApprovalDto(UUID id, UUID requestId, String department, String modelId, DeploymentKind deployment,
                              DataClassification highestClassification, Set<TaskCategory> taskCategories,
                              List<ObligationDto> obligations, Instant grantedAt, Instant validUntil,
                              MoneyDto monthlyCap, ApprovalStatus status,
                              @Schema(description = "ACTIVE and not expired at the time of the response") boolean live,
                              ReReviewDto reReview, RevocationDto revocation, SuspensionDto suspension,
                              long version) {
    }

    static UsageRequestDto toDto(UsageRequest r, Optional<Approval> approval) {
        return new UsageRequestDto(r.id().value(), r.requester(), r.department().value(), r.model().value(),
                r.deployment(), UseCaseDto.of(r.useCase()), r.state(), r.autoApproved(),
                r.findings().stream().map(f -> new FindingDto(f.severity(), f.code(), f.sentence())).toList(),
                r.requiredReviews(), r.pendingReviews(),
                r.decisions().stream().map(d -> new DecisionDto(d.kind(), d.outcome(), d.reviewer(),
                        d.comment().orElse(null), d.decidedAt())).toList(),
                r.obligations().stream().map(ApprovalDtos::toDto).toList(),
                r.history().stream().map(h -> new HistoryDto(h.at(), h.actor(), h.action(), h.from().orElse(null),
                        h.to(), h.note())).toList(),
                approval.map(a -> a.id().value()).orElse(null), r.createdAt(), r.updatedAt(), r.version());
    }

    static ApprovalDto toDto(Approval a, Instant now) {
        return new ApprovalDto(a.id().value(), a.requestId().value(), a.department().value(), a.model().value(),
                a.deployment(), a.highestClassification(), a.taskCategories(),
                a.obligations().stream().map(ApprovalDtos::toDto).toList(), a.grantedAt(), a.validUntil(),
                a.monthlyCap().map(MoneyDto::of).orElse(null), a.status(), a.isLiveAt(now),
                a.reReview().map(x -> new ReReviewDto(x.reason(), x.flaggedAt())).orElse(null),
                a.revocation().map(x -> new RevocationDto(x.reason(), x.by(), x.at())).orElse(null),
                a.suspension().map(x -> new SuspensionDto(x.reason(), x.suspendedAt())).orElse(null), a.version());
    }

    private static ObligationDto toDto(Obligation o) {
        return new ObligationDto(o.type(), o.sentence(), o.source().value(), o.clause());
    }
}

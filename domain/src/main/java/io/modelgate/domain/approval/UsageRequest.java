package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.license.evaluation.Obligation;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.shared.StateConflictException;
import io.modelgate.domain.usecase.UseCase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.modelgate.domain.approval.RequestState.APPROVED;
import static io.modelgate.domain.approval.RequestState.DRAFT;
import static io.modelgate.domain.approval.RequestState.IN_REVIEW;
import static io.modelgate.domain.approval.RequestState.REJECTED;
import static io.modelgate.domain.approval.RequestState.SUBMITTED;
import static io.modelgate.domain.approval.RequestState.WITHDRAWN;

/**
 * A department's request to use a model, in a deployment, for a use case (承認申請). Immutable: each
 * command returns the next state with a new history entry, and keeps the version, which the
 * persistence adapter bumps when it saves (so two concurrent decisions cannot both win).
 *
 * <table>
 *   <caption>Commands by state (anything else: StateConflictException {@code REQUEST.ILLEGAL_STATE})</caption>
 *   <tr><th>command</th><th>allowed in</th><th>by</th><th>leads to</th></tr>
 *   <tr><td>{@link #edit}</td><td>DRAFT</td><td>the requester</td><td>DRAFT</td></tr>
 *   <tr><td>{@link #submit}</td><td>DRAFT</td><td>the requester</td>
 *       <td>REJECTED (a blocker), APPROVED (no review required) or IN_REVIEW</td></tr>
 *   <tr><td>{@link #review}</td><td>IN_REVIEW</td><td>see {@code WhoMayReview}</td>
 *       <td>REJECTED (any REJECT), APPROVED (the last required APPROVE) or IN_REVIEW</td></tr>
 *   <tr><td>{@link #withdraw}</td><td>DRAFT, SUBMITTED, IN_REVIEW</td><td>the requester</td><td>WITHDRAWN</td></tr>
 * </table>
 *
 * <p>Each command checks, in order: the state, then who acts ({@link NotRequesterException},
 * {@link ReviewRefusedException}), then its arguments ({@link InvalidValueException}).
 */
public final class UsageRequest {

    public static final int MAX_SUBJECT_LENGTH = 255;
    public static final int MAX_COMMENT_LENGTH = 2000;

    private final UsageRequestId id;
    private final String requester;
    private final DepartmentId department;
    private final ModelId model;
    private final DeploymentKind deployment;
    private final UseCase useCase;
    private final RequestState state;
    private final Optional<RequestEvaluation> evaluation;
    private final List<ReviewDecision> decisions;
    private final List<HistoryEntry> history;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private UsageRequest(UsageRequestId id, String requester, DepartmentId department, ModelId model,
                         DeploymentKind deployment, UseCase useCase, RequestState state,
                         Optional<RequestEvaluation> evaluation, List<ReviewDecision> decisions,
                         List<HistoryEntry> history, Instant createdAt, Instant updatedAt, long version) {
        this.id = Require.present(id, "id");
        this.requester = Require.text(requester, "requester", MAX_SUBJECT_LENGTH);
        this.department = Require.present(department, "department");
        this.model = Require.present(model, "model");
        this.deployment = Require.present(deployment, "deployment");
        this.useCase = Require.present(useCase, "useCase");
        this.state = Require.present(state, "state");
        this.evaluation = Require.present(evaluation, "evaluation");
        this.decisions = Lists.copy(decisions, "decisions");
        this.history = Lists.copy(history, "history");
        this.createdAt = Require.present(createdAt, "createdAt");
        this.updatedAt = Require.present(updatedAt, "updatedAt");
        this.version = Require.nonNegative(version, "version");
        checkInvariants();
    }

    /** A new request, in DRAFT, by its requester (a subject) for their department. */
    public static UsageRequest draft(UsageRequestId id, String requester, DepartmentId department, ModelId model,
                                     DeploymentKind deployment, UseCase useCase, Instant at) {
        Require.present(at, "at");
        String subject = Require.text(requester, "requester", MAX_SUBJECT_LENGTH);
        HistoryEntry drafted = new HistoryEntry(at, subject, HistoryEntry.DRAFTED, Optional.empty(), DRAFT,
                "Drafted a request to use " + model + " on " + deployment + ".");
        return new UsageRequest(id, subject, department, model, deployment, useCase, DRAFT, Optional.empty(),
                List.of(), List.of(drafted), at, at, 0);
    }

    /**
     * Rebuilds a stored request as it was saved. The evaluation is empty until submission has
     * evaluated the request; whether it was approved automatically follows from the rest.
     *
     * @throws InvalidValueException (field {@code state}) if the parts contradict each other
     */
    public static UsageRequest reconstitute(UsageRequestId id, String requester, DepartmentId department,
                                            ModelId model, DeploymentKind deployment, UseCase useCase,
                                            RequestState state, Optional<RequestEvaluation> evaluation,
                                            List<ReviewDecision> decisions, List<HistoryEntry> history,
                                            Instant createdAt, Instant updatedAt, long version) {
        return new UsageRequest(id, requester, department, model, deployment, useCase, state, evaluation,
                decisions, history, createdAt, updatedAt, version);
    }

    /** Replaces the model, deployment and use case of a DRAFT. */
    public UsageRequest edit(String actor, ModelId newModel, DeploymentKind newDeployment, UseCase newUseCase,
                             Instant at) {
        requireState("edit", DRAFT);
        requireRequester(actor, "edit");
        Require.present(newModel, "model");
        Require.present(newDeployment, "deployment");
        Require.present(newUseCase, "useCase");
        Require.present(at, "at");
        List<String> changed = new ArrayList<>();
        if (!newModel.equals(model)) {
            changed.add("model " + model + " → " + newModel);
        }
        if (newDeployment != deployment) {
            changed.add("deployment " + deployment + " → " + newDeployment);
        }
        if (!newUseCase.equals(useCase)) {
            changed.add("use case");
        }
        String note = changed.isEmpty() ? "Edited; nothing changed." : "Edited: " + String.join(", ", changed) + ".";
        HistoryEntry edited = new HistoryEntry(at, requester, HistoryEntry.EDITED, Optional.of(DRAFT), DRAFT, note);
        return new UsageRequest(id, requester, department, newModel, newDeployment, newUseCase, DRAFT, evaluation,
                decisions, append(edited), createdAt, at, version);
    }

    /**
     * Submits a DRAFT with its automatic evaluation (see {@link RequestEvaluator} and
     * {@link EvaluationInput#forRequest}), which decides at once: any blocker rejects; no required
     * review approves automatically; otherwise the request awaits the required reviews.
     */
    public UsageRequest submit(String actor, RequestEvaluation result, Instant at) {
        requireState("submit", DRAFT);
        requireRequester(actor, "submit");
        Require.present(result, "evaluation");
        Require.present(at, "at");
        List<HistoryEntry> entries = new ArrayList<>(history);
        entries.add(new HistoryEntry(at, requester, HistoryEntry.SUBMITTED, Optional.of(DRAFT), SUBMITTED,
                "Submitted for evaluation."));
        RequestState next;
        if (result.hasBlocker()) {
            next = REJECTED;
            entries.add(new HistoryEntry(at, HistoryEntry.SYSTEM, HistoryEntry.AUTO_REJECTED, Optional.of(SUBMITTED),
                    REJECTED, HistoryEntry.clip("Rejected automatically by " + result.blockers().size()
                    + " blocker(s): " + result.blockers().stream().map(f -> f.code() + ": " + f.sentence())
                    .collect(Collectors.joining(" | ")))));
        } else if (result.requiredReviews().isEmpty()) {
            next = APPROVED;
            entries.add(new HistoryEntry(at, HistoryEntry.SYSTEM, HistoryEntry.AUTO_APPROVED, Optional.of(SUBMITTED),
                    APPROVED, "Approved automatically: the evaluation found no blocker and requires no review."));
        } else {
            next = IN_REVIEW;
            entries.add(new HistoryEntry(at, HistoryEntry.SYSTEM, HistoryEntry.SENT_TO_REVIEW, Optional.of(SUBMITTED),
                    IN_REVIEW, "Awaiting review: " + names(result.requiredReviews()) + "."));
        }
        return new UsageRequest(id, requester, department, model, deployment, useCase, next, Optional.of(result),
                decisions, entries, createdAt, at, version);
    }

    /**
     * Records one reviewer's decision on one review kind of an IN_REVIEW request. Any REJECT rejects
     * the request; the APPROVE that completes the required kinds approves it.
     *
     * @param comment       optional to approve; required (non-blank) to reject; at most {@value #MAX_COMMENT_LENGTH} characters
     * @param reviewer      the reviewer's subject
     * @param reviewerRoles the reviewer's role claims
     */
    public UsageRequest review(ReviewKind kind, ReviewOutcome outcome, String comment, String reviewer,
                               Set<String> reviewerRoles, Instant at) {
        requireState("review", IN_REVIEW);
        Require.present(kind, "kind");
        Require.present(outcome, "outcome");
        String subject = Require.text(reviewer, "reviewer", MAX_SUBJECT_LENGTH);
        Set<String> roles = roles(reviewerRoles);
        Require.present(at, "at");
        Optional<ReviewRefusedException> refusal = WhoMayReview.refusal(this, kind, subject, roles);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        Optional<String> text = Optional.ofNullable(comment).filter(c -> !c.isBlank());
        if (outcome == ReviewOutcome.REJECT && text.isEmpty()) {
            throw new ReviewRefusedException(ReviewRefusedException.COMMENT_REQUIRED, kind,
                    "a rejection needs a comment saying why, for the requester");
        }
        ReviewDecision decision = new ReviewDecision(kind, outcome, subject, text, at);
        List<ReviewDecision> nextDecisions = new ArrayList<>(decisions);
        nextDecisions.add(decision);
        Set<ReviewKind> stillPending = EnumSet.noneOf(ReviewKind.class);
        stillPending.addAll(pendingReviews());
        stillPending.remove(kind);
        RequestState next;
        String consequence;
        if (decision.rejects()) {
            next = REJECTED;
            consequence = "The request is rejected.";
        } else if (stillPending.isEmpty()) {
            next = APPROVED;
            consequence = "All required reviews approved: the request is approved.";
        } else {
            next = IN_REVIEW;
            consequence = "Still awaiting: " + names(stillPending) + ".";
        }
        String note = kind + " review: " + outcome + ". " + consequence + text.map(c -> " Comment: " + c.strip()).orElse("");
        HistoryEntry reviewed = new HistoryEntry(at, subject, HistoryEntry.REVIEWED, Optional.of(IN_REVIEW), next,
                HistoryEntry.clip(note));
        return new UsageRequest(id, requester, department, model, deployment, useCase, next, evaluation,
                nextDecisions, append(reviewed), createdAt, at, version);
    }

    /** The requester takes the request back before a decision: from DRAFT, SUBMITTED or IN_REVIEW. */
    public UsageRequest withdraw(String actor, Instant at) {
        requireState("withdraw", DRAFT, SUBMITTED, IN_REVIEW);
        requireRequester(actor, "withdraw");
        Require.present(at, "at");
        HistoryEntry withdrawn = new HistoryEntry(at, requester, HistoryEntry.WITHDRAWN, Optional.of(state), WITHDRAWN,
                "Withdrawn by the requester.");
        return new UsageRequest(id, requester, department, model, deployment, useCase, WITHDRAWN, evaluation,
                decisions, append(withdrawn), createdAt, at, version);
    }

    /**
     * The review kinds still awaiting a decision: required minus decided while IN_REVIEW, empty in
     * every other state (nothing awaits a decision there).
     */
    public Set<ReviewKind> pendingReviews() {
        if (state != IN_REVIEW) {
            return Set.of();
        }
        Set<ReviewKind> pending = EnumSet.noneOf(ReviewKind.class);
        pending.addAll(requiredReviews());
        decisions.forEach(decision -> pending.remove(decision.kind()));
        return Collections.unmodifiableSet(pending);
    }

    /** The review kinds this reviewer may decide now (empty unless IN_REVIEW): a reviewer's inbox. */
    public Set<ReviewKind> reviewsOpenTo(String reviewer, Set<String> reviewerRoles) {
        Require.present(reviewer, "reviewer");
        Set<String> roles = roles(reviewerRoles);
        Set<ReviewKind> open = EnumSet.noneOf(ReviewKind.class);
        if (state == IN_REVIEW) {
            for (ReviewKind kind : ReviewKind.values()) {
                if (WhoMayReview.refusal(this, kind, reviewer.strip(), roles).isEmpty()) {
                    open.add(kind);
                }
            }
        }
        return Collections.unmodifiableSet(open);
    }

    /** APPROVED or REJECTED (a withdrawn request was never decided). */
    public boolean isDecided() {
        return state == APPROVED || state == REJECTED;
    }

    /** Approved on submission because the evaluation required no review. */
    public boolean autoApproved() {
        return state == APPROVED && requiredReviews().isEmpty();
    }

    public Optional<ReviewDecision> decisionFor(ReviewKind kind) {
        return decisions.stream().filter(decision -> decision.kind() == kind).findFirst();
    }

    public List<Finding> findings() {
        return evaluation.map(RequestEvaluation::findings).orElse(List.of());
    }

    public Set<ReviewKind> requiredReviews() {
        return evaluation.map(RequestEvaluation::requiredReviews).orElse(Set.of());
    }

    /** The license obligations evaluated on submission; an approval carries them. */
    public List<Obligation> obligations() {
        return evaluation.map(RequestEvaluation::obligations).orElse(List.of());
    }

    public UsageRequestId id() {
        return id;
    }

    /** The requester's subject. */
    public String requester() {
        return requester;
    }

    public DepartmentId department() {
        return department;
    }

    public ModelId model() {
        return model;
    }

    public DeploymentKind deployment() {
        return deployment;
    }

    public UseCase useCase() {
        return useCase;
    }

    public RequestState state() {
        return state;
    }

    /** Empty until submission evaluated the request. */
    public Optional<RequestEvaluation> evaluation() {
        return evaluation;
    }

    /** In the order they were made. */
    public List<ReviewDecision> decisions() {
        return decisions;
    }

    /** Oldest first. */
    public List<HistoryEntry> history() {
        return history;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "UsageRequest[" + id + ", " + state + ", " + model + " on " + deployment + ", by " + requester
                + " of " + department + ", version " + version + "]";
    }

    private void requireState(String command, RequestState... allowed) {
        for (RequestState candidate : allowed) {
            if (state == candidate) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        for (RequestState candidate : allowed) {
            names.add(candidate.name());
        }
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw new StateConflictException("REQUEST.ILLEGAL_STATE", state.name(), "cannot " + command
                + " usage request " + id + ": it is " + state + ", and " + command + " is allowed only in " + list);
    }

    private void requireRequester(String actor, String command) {
        if (!requester.equals(Require.text(actor, "actor", MAX_SUBJECT_LENGTH))) {
            throw new NotRequesterException(command, id);
        }
    }

    private List<HistoryEntry> append(HistoryEntry entry) {
        List<HistoryEntry> entries = new ArrayList<>(history);
        entries.add(entry);
        return entries;
    }

    private static Set<String> roles(Set<String> roles) {
        Require.present(roles, "reviewerRoles");
        roles.forEach(role -> Require.present(role, "reviewerRoles"));
        return Set.copyOf(roles);
    }

    private static String names(Set<ReviewKind> kinds) {
        return kinds.stream().map(ReviewKind::name).collect(Collectors.joining(", "));
    }

    /** The rules a stored request must satisfy; commands satisfy them by construction. */
    private void checkInvariants() {
        Require.that(!history.isEmpty(), "history", "must not be empty: a request has at least its drafting");
        boolean evaluated = state == IN_REVIEW || state == APPROVED || state == REJECTED;
        if (evaluated) {
            invariant(evaluation.isPresent(), "is " + state + " and so must carry its evaluation");
        }
        if (state == DRAFT || state == SUBMITTED) {
            invariant(evaluation.isEmpty(), "is " + state + " and so cannot carry an evaluation yet");
        }
        Set<ReviewKind> decided = new HashSet<>();
        for (ReviewDecision decision : decisions) {
            invariant(decided.add(decision.kind()), "has two decisions for the " + decision.kind() + " review");
            invariant(requiredReviews().contains(decision.kind()),
                    "has a decision for the " + decision.kind() + " review, which was not required");
            invariant(!decision.reviewer().equals(requester),
                    "has a decision by its own requester (" + decision.kind() + ")");
        }
        boolean rejectedByReviewer = decisions.stream().anyMatch(ReviewDecision::rejects);
        boolean blocked = evaluation.map(RequestEvaluation::hasBlocker).orElse(false);
        switch (state) {
            case IN_REVIEW -> invariant(!blocked && !rejectedByReviewer && !pendingReviews().isEmpty(),
                    "is IN_REVIEW, which needs no blocker, no rejection and a pending review");
            case APPROVED -> invariant(!blocked && !rejectedByReviewer && decided.equals(requiredReviews()),
                    "is APPROVED, which needs no blocker and an approval for each required review");
            case REJECTED -> invariant(blocked || rejectedByReviewer, "is REJECTED without a blocker or a rejection");
            case WITHDRAWN -> invariant(!blocked && !rejectedByReviewer, "is WITHDRAWN after a rejection");
            default -> invariant(decisions.isEmpty(), "is " + state + " and so cannot carry review decisions");
        }
    }

    private void invariant(boolean holds, String message) {
        if (!holds) {
            throw new InvalidValueException("state", "usage request " + id + " " + message);
        }
    }
}

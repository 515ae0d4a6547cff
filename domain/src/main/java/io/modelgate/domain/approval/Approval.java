package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.license.evaluation.Obligation;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.shared.StateConflictException;
import io.modelgate.domain.usecase.TaskCategory;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an approved usage request grants a department: a model in a deployment, for data up to a
 * classification and for some task categories, with the license obligations, until it expires.
 * Immutable; commands keep the version, which the persistence adapter bumps when it saves.
 *
 * <table>
 *   <caption>Commands by status (anything else: StateConflictException {@code APPROVAL.ILLEGAL_STATE})</caption>
 *   <tr><th>command</th><th>ACTIVE</th><th>ACTIVE, flagged</th><th>SUSPENDED</th><th>REVOKED</th></tr>
 *   <tr><td>{@link #revoke}</td><td>REVOKED</td><td>REVOKED</td><td>REVOKED</td><td>refused</td></tr>
 *   <tr><td>{@link #flagForReReview}</td><td>ACTIVE, flagged</td><td>ACTIVE, flagged (newest reason)</td>
 *       <td>SUSPENDED, flagged</td><td>refused</td></tr>
 *   <tr><td>{@link #suspend}</td><td>SUSPENDED</td><td>SUSPENDED (flag cleared)</td><td>refused</td><td>refused</td></tr>
 *   <tr><td>{@link #clearReReview}</td><td>refused (nothing to clear)</td><td>ACTIVE</td><td>ACTIVE</td><td>refused</td></tr>
 * </table>
 *
 * <p>Validity: {@code validUntil} is {@code grantedAt} plus a calendar {@link Period} in UTC, so 12
 * months from 2023-06-15T09:00Z end at 2024-06-15T09:00Z (366 days, across 29 February), and 12
 * months from 2024-02-29 end on 2025-02-28. The approval stops counting exactly at {@code validUntil}.
 * Expiry is a matter of time, not of status: an expired approval can still be flagged, suspended or revoked.
 */
public final class Approval {

    public static final int MAX_REASON_LENGTH = 2000;
    /** The longest validity a grant may have. */
    public static final Period MAX_VALIDITY = Period.ofYears(10);

    private final ApprovalId id;
    private final UsageRequestId requestId;
    private final DepartmentId department;
    private final ModelId model;
    private final DeploymentKind deployment;
    private final DataClassification highestClassification;
    private final Set<TaskCategory> taskCategories;
    private final List<Obligation> obligations;
    private final Instant grantedAt;
    private final Instant validUntil;
    private final Optional<Money> monthlyCap;
    private final ApprovalStatus status;
    private final Optional<ReReview> reReview;
    private final Optional<Revocation> revocation;
    private final Optional<Suspension> suspension;
    private final Instant updatedAt;
    private final long version;

    private Approval(ApprovalId id, UsageRequestId requestId, DepartmentId department, ModelId model,
                     DeploymentKind deployment, DataClassification highestClassification,
                     Set<TaskCategory> taskCategories, List<Obligation> obligations, Instant grantedAt,
                     Instant validUntil, Optional<Money> monthlyCap, ApprovalStatus status,
                     Optional<ReReview> reReview, Optional<Revocation> revocation, Optional<Suspension> suspension,
                     Instant updatedAt, long version) {
        this.id = Require.present(id, "id");
        this.requestId = Require.present(requestId, "requestId");
        this.department = Require.present(department, "department");
        this.model = Require.present(model, "model");
        this.deployment = Require.present(deployment, "deployment");
        this.highestClassification = Require.present(highestClassification, "highestClassification");
        this.taskCategories = tasks(taskCategories);
        this.obligations = Lists.copy(obligations, "obligations");
        this.grantedAt = Require.present(grantedAt, "grantedAt");
        this.validUntil = Require.present(validUntil, "validUntil");
        Require.that(validUntil.isAfter(grantedAt), "validUntil", "must be after grantedAt (" + grantedAt + ")");
        this.monthlyCap = Require.present(monthlyCap, "monthlyCap");
        monthlyCap.ifPresent(cap -> Require.that(cap.minorUnits() > 0, "monthlyCap", "must be positive (was " + cap + ")"));
        this.status = Require.present(status, "status");
        this.reReview = Require.present(reReview, "reReview");
        this.revocation = Require.present(revocation, "revocation");
        this.suspension = Require.present(suspension, "suspension");
        this.updatedAt = Require.present(updatedAt, "updatedAt");
        this.version = Require.nonNegative(version, "version");
        Require.that((status == ApprovalStatus.REVOKED) == revocation.isPresent(), "revocation",
                "is present exactly when the approval is REVOKED (status " + status + ")");
        Require.that((status == ApprovalStatus.SUSPENDED) == suspension.isPresent(), "suspension",
                "is present exactly when the approval is SUSPENDED (status " + status + ")");
        Require.that(status != ApprovalStatus.REVOKED || reReview.isEmpty(), "reReview",
                "a REVOKED approval is never re-reviewed");
    }

    /**
     * Grants what an APPROVED request asked for: its department, model, deployment, highest
     * classification, task category and license obligations, ACTIVE from {@code grantedAt} for
     * {@code validity} (a calendar period in UTC, positive, at most {@link #MAX_VALIDITY}).
     *
     * @param monthlyCap an optional monthly spending cap for this approval, positive
     * @throws StateConflictException {@code APPROVAL.REQUEST_NOT_APPROVED} if the request is not APPROVED
     */
    public static Approval grant(ApprovalId id, UsageRequest approvedRequest, Instant grantedAt, Period validity,
                                 Optional<Money> monthlyCap) {
        Require.present(approvedRequest, "request");
        if (approvedRequest.state() != RequestState.APPROVED) {
            throw new StateConflictException("APPROVAL.REQUEST_NOT_APPROVED", approvedRequest.state().name(),
                    "usage request " + approvedRequest.id() + " is " + approvedRequest.state()
                            + "; only an APPROVED request can be granted");
        }
        Require.present(grantedAt, "grantedAt");
        Instant validUntil = validUntil(grantedAt, validity);
        return new Approval(id, approvedRequest.id(), approvedRequest.department(), approvedRequest.model(),
                approvedRequest.deployment(), approvedRequest.useCase().highestClassification(),
                EnumSet.of(approvedRequest.useCase().taskCategory()), approvedRequest.obligations(), grantedAt,
                validUntil, monthlyCap, ApprovalStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(),
                grantedAt, 0);
    }

    /** Rebuilds a stored approval as it was saved. */
    public static Approval reconstitute(ApprovalId id, UsageRequestId requestId, DepartmentId department,
                                        ModelId model, DeploymentKind deployment,
                                        DataClassification highestClassification, Set<TaskCategory> taskCategories,
                                        List<Obligation> obligations, Instant grantedAt, Instant validUntil,
                                        Optional<Money> monthlyCap, ApprovalStatus status, Optional<ReReview> reReview,
                                        Optional<Revocation> revocation, Optional<Suspension> suspension,
                                        Instant updatedAt, long version) {
        return new Approval(id, requestId, department, model, deployment, highestClassification, taskCategories,
                obligations, grantedAt, validUntil, monthlyCap, status, reReview, revocation, suspension, updatedAt,
                version);
    }

    /** {@code grantedAt} plus a calendar period in UTC. */
    static Instant validUntil(Instant grantedAt, Period validity) {
        Require.present(validity, "validity");
        Require.that(!validity.isNegative() && !validity.isZero(), "validity",
                "must be a positive period such as P12M (was " + validity + ")");
        Require.that(validity.toTotalMonths() <= MAX_VALIDITY.toTotalMonths()
                        && validity.getDays() <= 31L * MAX_VALIDITY.toTotalMonths(), "validity",
                "must be at most " + MAX_VALIDITY + " (was " + validity + ")");
        try {
            Instant until = grantedAt.atZone(ZoneOffset.UTC).plus(validity).toInstant();
            Instant longest = grantedAt.atZone(ZoneOffset.UTC).plus(MAX_VALIDITY).toInstant();
            Require.that(!until.isAfter(longest), "validity", "must be at most " + MAX_VALIDITY + " (was " + validity + ")");
            return until;
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidValueException("validity", "ends beyond the supported calendar (" + validity + ")");
        }
    }

    /** The gateway honours the approval: ACTIVE and before {@code validUntil} (not at it). */
    public boolean isLiveAt(Instant at) {
        return refusalAt(at).isEmpty();
    }

    /** Why the gateway must not honour the approval at this instant; empty when it is live. */
    public Optional<ApprovalRefusal> refusalAt(Instant at) {
        Require.present(at, "at");
        if (status == ApprovalStatus.REVOKED) {
            return Optional.of(ApprovalRefusal.REVOKED);
        }
        if (!at.isBefore(validUntil)) {
            return Optional.of(ApprovalRefusal.EXPIRED);
        }
        if (status == ApprovalStatus.SUSPENDED) {
            return Optional.of(ApprovalRefusal.SUSPENDED);
        }
        return Optional.empty();
    }

    /** The data level is at most the approved one and the task is one of the approved ones (liveness aside). */
    public boolean covers(DataClassification level, TaskCategory task) {
        Require.present(level, "classification");
        Require.present(task, "taskCategory");
        return !level.isStricterThan(highestClassification) && taskCategories.contains(task);
    }

    /** Ends the approval for good: the gateway stops honouring it at once. */
    public Approval revoke(String reason, String by, Instant at) {
        requireStatus("revoke", "ACTIVE or SUSPENDED", status != ApprovalStatus.REVOKED, "");
        Revocation revoked = new Revocation(reason, by, at);
        return with(ApprovalStatus.REVOKED, Optional.empty(), Optional.of(revoked), Optional.empty(), at);
    }

    /** Marks the approval for re-evaluation; it stays honoured (or suspended) meanwhile. A newer flag replaces an older one. */
    public Approval flagForReReview(String reason, Instant at) {
        requireStatus("flag for re-review", "ACTIVE or SUSPENDED", status != ApprovalStatus.REVOKED, "");
        ReReview flag = new ReReview(reason, at);
        return with(status, Optional.of(flag), revocation, suspension, at);
    }

    /** A re-evaluation found a blocker: not honoured until a re-evaluation passes. Concludes the re-review. */
    public Approval suspend(String reason, Instant at) {
        requireStatus("suspend", "ACTIVE", status == ApprovalStatus.ACTIVE, "");
        Suspension suspended = new Suspension(reason, at);
        return with(ApprovalStatus.SUSPENDED, Optional.empty(), revocation, Optional.of(suspended), at);
    }

    /** A re-evaluation passed: ACTIVE again, without flag or suspension. */
    public Approval clearReReview(Instant at) {
        requireStatus("clear the re-review of", "a flagged ACTIVE or a SUSPENDED approval",
                status == ApprovalStatus.SUSPENDED || (status == ApprovalStatus.ACTIVE && reReview.isPresent()),
                status == ApprovalStatus.ACTIVE ? " and not flagged for re-review" : "");
        Require.present(at, "at");
        return with(ApprovalStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(), at);
    }

    public boolean isFlaggedForReReview() {
        return reReview.isPresent();
    }

    public ApprovalId id() {
        return id;
    }

    public UsageRequestId requestId() {
        return requestId;
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

    public DataClassification highestClassification() {
        return highestClassification;
    }

    public Set<TaskCategory> taskCategories() {
        return taskCategories;
    }

    public List<Obligation> obligations() {
        return obligations;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    /** The first instant at which the approval no longer counts. */
    public Instant validUntil() {
        return validUntil;
    }

    public Optional<Money> monthlyCap() {
        return monthlyCap;
    }

    public ApprovalStatus status() {
        return status;
    }

    public Optional<ReReview> reReview() {
        return reReview;
    }

    public Optional<Revocation> revocation() {
        return revocation;
    }

    public Optional<Suspension> suspension() {
        return suspension;
    }

    /** The instant of the last command (the grant, at first). */
    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Approval[" + id + ", " + status + (reReview.isPresent() ? " (flagged)" : "") + ", " + model + " on "
                + deployment + " for " + department + " until " + validUntil + ", version " + version + "]";
    }

    private Approval with(ApprovalStatus nextStatus, Optional<ReReview> nextReReview,
                          Optional<Revocation> nextRevocation, Optional<Suspension> nextSuspension, Instant at) {
        return new Approval(id, requestId, department, model, deployment, highestClassification, taskCategories,
                obligations, grantedAt, validUntil, monthlyCap, nextStatus, nextReReview, nextRevocation,
                nextSuspension, at, version);
    }

    private void requireStatus(String command, String allowed, boolean ok, String detail) {
        if (!ok) {
            throw new StateConflictException("APPROVAL.ILLEGAL_STATE", status.name(), "cannot " + command
                    + " approval " + id + ": it is " + status + detail + "; allowed only for " + allowed);
        }
    }

    private static Set<TaskCategory> tasks(Set<TaskCategory> tasks) {
        Require.notEmpty(tasks, "taskCategories");
        Set<TaskCategory> copy = EnumSet.noneOf(TaskCategory.class);
        tasks.forEach(task -> copy.add(Require.present(task, "taskCategories")));
        return Collections.unmodifiableSet(copy);
    }
}

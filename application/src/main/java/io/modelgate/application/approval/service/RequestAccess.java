package io.modelgate.application.approval.service;

import io.modelgate.application.approval.port.in.ApprovalQuery;
import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.application.shared.AccessRefusedException;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Roles;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.department.DepartmentId;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees which requests and approvals — the one place for department scoping. A requester sees
 * their department's; a reviewer the requests that need their kind of review (and every approval:
 * reviewers are the governance staff who granted them); admins and auditors everything.
 */
final class RequestAccess {

    private RequestAccess() {
    }

    static boolean seesEverything(Actor actor) {
        return actor.hasRole(Roles.ADMIN) || actor.hasRole(Roles.AUDITOR);
    }

    static Set<ReviewKind> reviewKinds(Actor actor) {
        return ReviewKind.decidableWith(actor.roles());
    }

    static Optional<DepartmentId> department(Actor actor) {
        return actor.department().map(DepartmentId::new);
    }

    static DepartmentId requiredDepartment(Actor actor) {
        return department(actor).orElseThrow(() -> new AccessRefusedException("ACCESS.NO_DEPARTMENT",
                "your token carries no department claim; a request belongs to a department"));
    }

    static boolean canSee(Actor actor, UsageRequest request) {
        if (seesEverything(actor)) {
            return true;
        }
        if (actor.hasRole(Roles.REQUESTER) && department(actor).filter(request.department()::equals).isPresent()) {
            return true;
        }
        Set<ReviewKind> mine = reviewKinds(actor);
        return request.requiredReviews().stream().anyMatch(mine::contains);
    }

    static boolean canSee(Actor actor, Approval approval) {
        if (seesEverything(actor) || !reviewKinds(actor).isEmpty()) {
            return true;
        }
        return actor.hasRole(Roles.REQUESTER) && department(actor).filter(approval.department()::equals).isPresent();
    }

    /**
     * Narrows a listing to what the caller may see. A caller who is both requester and reviewer
     * gets the review queue when asking for pending reviews, their department's requests otherwise.
     */
    static UsageRequestQuery scope(Actor actor, UsageRequestQuery asked) {
        if (seesEverything(actor)) {
            return asked;
        }
        Set<ReviewKind> mine = reviewKinds(actor);
        boolean asksForQueue = !asked.pendingReviewKinds().isEmpty();
        if (!mine.isEmpty() && (asksForQueue || !actor.hasRole(Roles.REQUESTER))) {
            Set<ReviewKind> kinds = asksForQueue ? intersect(asked.pendingReviewKinds(), mine) : mine;
            if (kinds.isEmpty()) {
                kinds = mine; // asking for another kind's queue shows one's own, never someone else's
            }
            return new UsageRequestQuery(asked.state(), asked.department(), asked.model(), kinds);
        }
        if (actor.hasRole(Roles.REQUESTER)) {
            return new UsageRequestQuery(asked.state(), Optional.of(requiredDepartment(actor)), asked.model(),
                    asked.pendingReviewKinds());
        }
        throw new AccessRefusedException("ACCESS.NO_ROLE", "your roles do not let you read usage requests");
    }

    static ApprovalQuery scope(Actor actor, ApprovalQuery asked) {
        if (seesEverything(actor) || !reviewKinds(actor).isEmpty()) {
            return asked;
        }
        if (actor.hasRole(Roles.REQUESTER)) {
            return new ApprovalQuery(Optional.of(requiredDepartment(actor)), asked.model(), asked.status(),
                    asked.flaggedForReReview());
        }
        throw new AccessRefusedException("ACCESS.NO_ROLE", "your roles do not let you read approvals");
    }

    private static Set<ReviewKind> intersect(Set<ReviewKind> a, Set<ReviewKind> b) {
        Set<ReviewKind> result = a.isEmpty() ? EnumSet.noneOf(ReviewKind.class) : EnumSet.copyOf(a);
        result.retainAll(new HashSet<>(b));
        return result;
    }
}

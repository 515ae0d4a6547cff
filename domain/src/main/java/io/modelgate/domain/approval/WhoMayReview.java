package io.modelgate.domain.approval;

import java.util.Optional;
import java.util.Set;

/**
 * Who may decide which review of a usage request: the one place for it. A reviewer must hold the
 * kind's role ({@link ReviewKind#role()}) and must not be the requester (four eyes, by subject); the
 * kind must be one the evaluation required and not decided yet. One person holding two reviewer roles
 * may decide both kinds: four eyes separates the requester from the reviewers, not reviewers from each other.
 */
final class WhoMayReview {

    private WhoMayReview() {
    }

    /** Why the reviewer may not decide this kind now, or empty if they may. The request must be IN_REVIEW. */
    static Optional<ReviewRefusedException> refusal(UsageRequest request, ReviewKind kind, String reviewer,
                                                    Set<String> reviewerRoles) {
        if (!kind.heldBy(reviewerRoles)) {
            return refuse(ReviewRefusedException.ROLE_MISSING, kind, "a " + kind + " review needs the role '"
                    + kind.role() + "', which reviewer " + reviewer + " does not hold");
        }
        if (reviewer.equals(request.requester())) {
            return refuse(ReviewRefusedException.FOUR_EYES, kind, "nobody reviews their own request: " + reviewer
                    + " is the requester of usage request " + request.id());
        }
        if (!request.requiredReviews().contains(kind)) {
            return refuse(ReviewRefusedException.NOT_REQUIRED, kind, "usage request " + request.id()
                    + " does not require a " + kind + " review; required: " + request.requiredReviews());
        }
        Optional<ReviewDecision> decided = request.decisionFor(kind);
        if (decided.isPresent()) {
            return refuse(ReviewRefusedException.ALREADY_DECIDED, kind, "the " + kind + " review of usage request "
                    + request.id() + " was decided already (" + decided.get().outcome() + " by "
                    + decided.get().reviewer() + ")");
        }
        return Optional.empty();
    }

    private static Optional<ReviewRefusedException> refuse(String code, ReviewKind kind, String message) {
        return Optional.of(new ReviewRefusedException(code, kind, message));
    }
}

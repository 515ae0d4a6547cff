package io.modelgate.domain.approval;

import io.modelgate.domain.shared.DomainException;

/**
 * A review decision that may not be made, for a reason other than the request's state (that is a
 * {@link io.modelgate.domain.shared.StateConflictException} {@code REQUEST.ILLEGAL_STATE}). Codes:
 * <ul>
 *   <li>{@value #ROLE_MISSING}: the reviewer lacks the role the review kind needs ({@link ReviewKind#role()});</li>
 *   <li>{@value #FOUR_EYES}: the reviewer is the requester: nobody reviews their own request;</li>
 *   <li>{@value #NOT_REQUIRED}: the evaluation did not require this kind of review for this request;</li>
 *   <li>{@value #ALREADY_DECIDED}: this kind has been decided already (one decision per kind);</li>
 *   <li>{@value #COMMENT_REQUIRED}: a rejection needs a non-blank comment saying why.</li>
 * </ul>
 * The checks run in this order, so a caller learns the most basic reason first.
 */
public final class ReviewRefusedException extends DomainException {

    public static final String ROLE_MISSING = "REVIEW.ROLE_MISSING";
    public static final String FOUR_EYES = "REVIEW.FOUR_EYES";
    public static final String NOT_REQUIRED = "REVIEW.NOT_REQUIRED";
    public static final String ALREADY_DECIDED = "REVIEW.ALREADY_DECIDED";
    public static final String COMMENT_REQUIRED = "REVIEW.COMMENT_REQUIRED";

    private final ReviewKind kind;

    ReviewRefusedException(String code, ReviewKind kind, String message) {
        super(code, message);
        this.kind = kind;
    }

    /** The review kind the refused decision was for. */
    public ReviewKind kind() {
        return kind;
    }
}

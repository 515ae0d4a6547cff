package io.modelgate.domain.approval;

/**
 * Why the gateway does not honour an approval at an instant. When several apply, the first listed
 * wins: final reasons before the temporary one.
 */
public enum ApprovalRefusal {
    /** Revoked (by an admin, or because the model was retired or its license changed). */
    REVOKED,
    /** Its validity ended: at or after {@link Approval#validUntil()}. */
    EXPIRED,
    /** Suspended until a re-evaluation passes. */
    SUSPENDED
}

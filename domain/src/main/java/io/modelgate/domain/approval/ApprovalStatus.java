package io.modelgate.domain.approval;

/** Whether an approval is honoured: ACTIVE ⇄ SUSPENDED, either → REVOKED (final). Expiry is by time, not status. */
public enum ApprovalStatus {
    /** Honoured until it expires. */
    ACTIVE,
    /** Not honoured for now: a re-evaluation found a blocker; a passing re-evaluation makes it ACTIVE again. */
    SUSPENDED,
    /** Never honoured again. */
    REVOKED
}

package io.modelgate.domain.approval;

/**
 * Where a usage request stands. DRAFT → SUBMITTED → (automatic evaluation) → REJECTED | APPROVED |
 * IN_REVIEW → APPROVED | REJECTED; WITHDRAWN by the requester before a decision. The commands that
 * move it are on {@link UsageRequest}.
 */
public enum RequestState {
    /** Being written by the requester, who alone may edit, submit or withdraw it. */
    DRAFT,
    /** Submitted and awaiting the automatic evaluation (passed through at once when submission evaluates). */
    SUBMITTED,
    /** Awaiting the required reviews. */
    IN_REVIEW,
    /** Final: the request may become an approval. */
    APPROVED,
    /** Final: a blocker or a reviewer rejected it. */
    REJECTED,
    /** Final: the requester took it back before a decision. */
    WITHDRAWN;

    /** No command moves a request out of a final state. */
    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}

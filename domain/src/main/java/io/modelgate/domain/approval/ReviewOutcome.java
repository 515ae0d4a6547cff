package io.modelgate.domain.approval;

/** A reviewer's decision on one review kind. Any REJECT rejects the request. */
public enum ReviewOutcome {
    APPROVE,
    /** Needs a comment saying why, for the requester. */
    REJECT
}

package io.modelgate.domain.approval;

/** How much a finding weighs, from worst to mildest (the declaration order is the display order). */
public enum Severity {
    /** Rejects the request at once on submission. */
    BLOCKER,
    /** Worth a reviewer's attention; does not stop the request by itself. */
    WARNING,
    /** For the record: obligations to meet, the figures used. */
    INFO
}

package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

import java.util.UUID;

/** An approval's identifier. The caller makes it (the domain draws no random numbers). */
public record ApprovalId(UUID value) {

    public ApprovalId {
        Require.present(value, "approvalId");
    }

    /** Reads the canonical text form, e.g. from a URL path; anything else is an invalid {@code approvalId}. */
    public static ApprovalId parse(String text) {
        return new ApprovalId(Ids.uuid(text, "approvalId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

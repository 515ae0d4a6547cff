package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

import java.util.UUID;

/** A usage request's identifier. The caller makes it (the domain draws no random numbers). */
public record UsageRequestId(UUID value) {

    public UsageRequestId {
        Require.present(value, "requestId");
    }

    /** Reads the canonical text form, e.g. from a URL path; anything else is an invalid {@code requestId}. */
    public static UsageRequestId parse(String text) {
        return new UsageRequestId(Ids.uuid(text, "requestId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

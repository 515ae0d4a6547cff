package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

import java.time.Instant;

/** Why and since when an approval is suspended. */
public record Suspension(String reason, Instant suspendedAt) {

    public Suspension {
        reason = Require.text(reason, "reason", Approval.MAX_REASON_LENGTH);
        Require.present(suspendedAt, "suspendedAt");
    }
}

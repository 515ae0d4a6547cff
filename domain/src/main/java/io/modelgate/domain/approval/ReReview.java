package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

import java.time.Instant;

/** A flag saying an approval must be re-evaluated (the model was deprecated, its license changed...). */
public record ReReview(String reason, Instant flaggedAt) {

    public ReReview {
        reason = Require.text(reason, "reason", Approval.MAX_REASON_LENGTH);
        Require.present(flaggedAt, "flaggedAt");
    }
}

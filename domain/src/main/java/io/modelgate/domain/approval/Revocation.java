package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

import java.time.Instant;

/**
 * Why, by whom and when an approval was revoked.
 *
 * @param by the admin's subject, or a system actor such as {@code system:catalog} when the model was retired
 */
public record Revocation(String reason, String by, Instant at) {

    public Revocation {
        reason = Require.text(reason, "reason", Approval.MAX_REASON_LENGTH);
        by = Require.text(by, "by", UsageRequest.MAX_SUBJECT_LENGTH);
        Require.present(at, "at");
    }
}

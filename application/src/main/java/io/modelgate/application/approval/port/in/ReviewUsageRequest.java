package io.modelgate.application.approval.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.approval.ReviewOutcome;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.shared.Require;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Use case: a security, legal or finance reviewer decides their part. Who may decide is the domain's
 * rule (ReviewKind, WhoMayReview); two decisions at the same moment cannot both win.
 */
public interface ReviewUsageRequest {

    Decided review(Command command);

    record Command(Actor actor, UsageRequestId id, ReviewKind kind, ReviewOutcome outcome, Optional<String> comment,
                   OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(id, "id");
            Require.present(kind, "kind");
            Require.present(outcome, "outcome");
            Require.present(comment, "comment");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}

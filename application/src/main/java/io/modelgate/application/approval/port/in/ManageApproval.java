package io.modelgate.application.approval.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.shared.Require;

import java.util.OptionalLong;

/**
 * Use case: an admin revokes an approval (the gateway stops honouring it at once) or, after a
 * re-review, confirms it (clears the flag, or lifts a suspension).
 */
public interface ManageApproval {

    Approval revoke(Command command);

    Approval confirm(Command command);

    record Command(Actor actor, ApprovalId id, String reason, OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(id, "id");
            reason = Require.text(reason, "reason", 2000);
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}

package io.modelgate.application.approval.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.shared.Require;

import java.util.OptionalLong;

/** A command on one request that needs nothing but who acts and which version they saw. */
public record RequestCommand(Actor actor, UsageRequestId id, OptionalLong expectedVersion) {

    public RequestCommand {
        Require.present(actor, "actor");
        Require.present(id, "id");
        Require.present(expectedVersion, "expectedVersion");
    }
}

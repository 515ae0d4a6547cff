package io.modelgate.application.endpoint.port.in;

import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.shared.Actor;
import io.modelgate.domain.shared.Require;

import java.util.OptionalLong;

/** Use case: an admin removes a deployment's API endpoint (a configured one beneath it applies again). */
public interface RemoveEndpoint {

    void remove(Command command);

    record Command(Actor actor, EndpointKey key, OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(key, "key");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}

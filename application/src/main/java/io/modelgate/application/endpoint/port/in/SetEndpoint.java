package io.modelgate.application.endpoint.port.in;

import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.application.shared.Actor;
import io.modelgate.domain.shared.Require;

import java.util.OptionalLong;

/** Use case: an admin creates or changes the endpoint of a deployment (stored, audited, versioned). */
public interface SetEndpoint {

    Result set(Command command);

    /** The endpoint as described (its version is ignored); {@code expectedVersion} from If-Match. */
    record Command(Actor actor, Endpoint endpoint, OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(endpoint, "endpoint");
            Require.present(expectedVersion, "expectedVersion");
        }
    }

    /** The stored endpoint as the gateway will see it; {@code created} when there was no API endpoint before. */
    record Result(EndpointState state, boolean created) {
    }
}

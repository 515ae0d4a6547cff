package io.modelgate.application.endpoint.port.out;

import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointKey;

import java.util.List;
import java.util.Optional;

/** Out-port: the endpoints admins stored through the API. */
public interface Endpoints {

    List<Endpoint> all();

    Optional<Endpoint> find(EndpointKey key);

    /** Stores a new endpoint at version 0. */
    Endpoint add(Endpoint endpoint);

    /** Stores a change of the endpoint at {@code endpoint.version()}; a concurrent change is a StaleVersionException. */
    Endpoint update(Endpoint endpoint);

    void remove(EndpointKey key);
}

package io.modelgate.application.endpoint.port.in;

import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.EndpointState;

import java.util.List;

/** Use case: an admin or auditor reads the endpoints the gateway calls, as it sees them now. */
public interface FindEndpoints {

    /** Ordered by model and deployment. */
    List<EndpointState> list();

    EndpointState get(EndpointKey key);
}

package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.routing.CircuitBreaker;

import java.util.Optional;

/** Query: the circuit state of a provider endpoint, for health checks. No call to the provider is made. */
public interface ProviderCircuits {

    /**
     * The state of the endpoint's circuit breaker now; empty when the endpoint has not been called since
     * the start (its circuit is then closed).
     */
    Optional<CircuitBreaker.State> circuitState(String endpointName);
}

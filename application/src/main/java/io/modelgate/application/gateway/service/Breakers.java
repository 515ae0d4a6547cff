package io.modelgate.application.gateway.service;

import io.modelgate.application.gateway.port.in.ProviderCircuits;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.domain.routing.CircuitBreaker;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One circuit breaker per provider endpoint of this instance, created at the endpoint's first call. */
public final class Breakers implements ProviderCircuits {

    private final Map<String, CircuitBreaker> byEndpoint = new ConcurrentHashMap<>();
    private final GatewaySettings settings;
    private final Clock clock;

    public Breakers(GatewaySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    CircuitBreaker of(ProviderEndpoint endpoint) {
        CircuitBreaker breaker = byEndpoint.get(endpoint.name());
        return breaker != null ? breaker : byEndpoint.computeIfAbsent(endpoint.name(), name ->
                new CircuitBreaker(settings.breakerFailures(), endpoint.breakerOpenFor().orElse(settings.breakerOpenFor())));
    }

    @Override
    public Optional<CircuitBreaker.State> circuitState(String endpointName) {
        return Optional.ofNullable(byEndpoint.get(endpointName)).map(breaker -> breaker.state(clock.instant()));
    }
}

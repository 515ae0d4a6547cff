package io.modelgate.bootstrap.health;

import io.modelgate.application.gateway.port.in.ProviderCircuits;
import io.modelgate.bootstrap.config.ConfiguredProviderDirectory;
import io.modelgate.domain.routing.CircuitBreaker;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Each provider endpoint's circuit, at {@code /q/health/group/providers}. Deliberately not a readiness
 * check: one provider down is routed around (fallback), so it must not take the whole gateway out of a
 * load balancer. DOWN when any endpoint's circuit is open or half-open, for alerting. Reads the breakers
 * only; it never calls a provider (that would spend tokens and could trip rate limits).
 */
@HealthGroup("providers")
@ApplicationScoped
public class ProviderCircuitsHealthCheck implements HealthCheck {

    @Inject
    ConfiguredProviderDirectory directory;
    @Inject
    ProviderCircuits circuits;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("provider-circuits").up();
        for (String endpoint : directory.endpointNames()) {
            CircuitBreaker.State state = circuits.circuitState(endpoint).orElse(CircuitBreaker.State.CLOSED);
            response.withData(endpoint, state.name());
            if (state != CircuitBreaker.State.CLOSED) {
                response.down();
            }
        }
        return response.build();
    }
}

package io.modelgate.bootstrap.health;

import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.application.endpoint.KeyState;
import io.modelgate.application.gateway.port.in.ProviderCircuits;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
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
 * only; it never calls a provider (that would spend tokens and could trip rate limits). An endpoint the
 * gateway does not call — no key, or a host the allow-list refuses — reads {@code NOT_CONFIGURED} or
 * {@code REFUSED} with the reason: it has no circuit, and it does not turn the group DOWN.
 */
@HealthGroup("providers")
@ApplicationScoped
public class ProviderCircuitsHealthCheck implements HealthCheck {

    @Inject
    ProviderDirectory directory;
    @Inject
    ProviderCircuits circuits;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("provider-circuits").up();
        for (EndpointState endpoint : directory.endpoints()) {
            String name = endpoint.endpoint().key().toString();
            if (!endpoint.usable()) {
                String word = endpoint.key() == KeyState.MISSING ? "NOT_CONFIGURED" : "REFUSED";
                response.withData(name, word + ": " + endpoint.problem().orElse(""));
                continue;
            }
            CircuitBreaker.State state = circuits.circuitState(name).orElse(CircuitBreaker.State.CLOSED);
            response.withData(name, state.name());
            if (state != CircuitBreaker.State.CLOSED) {
                response.down();
            }
        }
        return response.build();
    }
}

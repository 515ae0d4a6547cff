package io.modelgate.application.endpoint;

import io.modelgate.domain.shared.Require;

import java.util.Optional;

/**
 * An endpoint as the gateway sees it now: where it comes from, whether a configured one lies beneath an
 * API one, whether its key is there and, when it cannot be called, why.
 */
public record EndpointState(Endpoint endpoint, EndpointSource source, boolean overridesConfiguration, KeyState key,
                            Optional<String> problem) {

    public EndpointState {
        Require.present(endpoint, "endpoint");
        Require.present(source, "source");
        Require.present(key, "key");
        Require.present(problem, "problem");
    }

    /** True when the gateway calls it; otherwise {@link #problem()} says why not. */
    public boolean usable() {
        return problem.isEmpty();
    }
}

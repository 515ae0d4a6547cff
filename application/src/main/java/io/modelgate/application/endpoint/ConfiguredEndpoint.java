package io.modelgate.application.endpoint;

import io.modelgate.domain.shared.Require;

import java.util.Optional;

/**
 * An endpoint from the configuration, with the key when the configuration gave its value
 * ({@code api-key=${OPENAI_API_KEY}}) rather than a reference. The value is held in memory only.
 */
public record ConfiguredEndpoint(Endpoint endpoint, Optional<String> inlineKey) {

    public ConfiguredEndpoint {
        Require.present(endpoint, "endpoint");
        Require.present(inlineKey, "inlineKey");
        inlineKey = inlineKey.filter(k -> !k.isBlank());
    }

    @Override
    public String toString() {
        return "ConfiguredEndpoint[" + endpoint.key() + ", key " + (inlineKey.isPresent() ? "given" : "none") + "]";
    }
}

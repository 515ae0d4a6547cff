package io.modelgate.application.gateway.port.out;

import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.domain.shared.Require;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how to call one model deployment: always from configuration, never from a request (no
 * SSRF). The API key is a secret: {@link #toString()} never shows it.
 *
 * @param name          a stable name for logs and metrics, e.g. {@code gpt-4o/VENDOR_API}
 * @param upstreamModel the provider's own model name, e.g. {@code gpt-4o-2024-08-06} or {@code llama3:70b}
 * @param breakerOpenFor how long this endpoint's open circuit refuses before one probe; the gateway's
 *                       default when empty
 */
public record ProviderEndpoint(String name, ProviderProtocol protocol, URI baseUrl, Optional<String> apiKey,
                               String upstreamModel, Duration timeout, Optional<Duration> breakerOpenFor) {

    public ProviderEndpoint {
        Require.text(name, "name", 200);
        Require.present(protocol, "protocol");
        Require.present(baseUrl, "baseUrl");
        Require.that("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()), "baseUrl",
                "must be http or https");
        Require.present(apiKey, "apiKey");
        Require.text(upstreamModel, "upstreamModel", 200);
        Require.present(timeout, "timeout");
        Require.that(!timeout.isNegative() && !timeout.isZero(), "timeout", "must be positive");
        Require.present(breakerOpenFor, "breakerOpenFor");
        Require.that(breakerOpenFor.map(d -> !d.isNegative() && !d.isZero()).orElse(true), "breakerOpenFor",
                "must be positive");
    }

    /** An endpoint whose circuit breaker uses the gateway's default interval. */
    public ProviderEndpoint(String name, ProviderProtocol protocol, URI baseUrl, Optional<String> apiKey,
                            String upstreamModel, Duration timeout) {
        this(name, protocol, baseUrl, apiKey, upstreamModel, timeout, Optional.empty());
    }

    @Override
    public String toString() {
        return "ProviderEndpoint[" + name + ", " + protocol + ", " + baseUrl + ", model " + upstreamModel
                + ", key " + (apiKey.isPresent() ? "set" : "none") + ", timeout " + timeout + "]";
    }
}

package io.modelgate.application.endpoint;

import io.modelgate.domain.endpoint.SecretReference;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a deployment of a model is served: protocol, URL, the provider's model name, timeouts and a
 * reference to its key (never the key). {@code version} counts an API endpoint's changes (its ETag); a
 * configured one is always 0.
 */
public record Endpoint(EndpointKey key, ProviderProtocol protocol, URI url, String upstreamModel, Duration timeout,
                       Optional<Duration> breakerOpenFor, Optional<SecretReference> secret, long version) {

    public static final Duration LONGEST_TIMEOUT = Duration.ofMinutes(30);

    public Endpoint {
        Require.present(key, "key");
        Require.present(protocol, "protocol");
        url = checkedUrl(url);
        upstreamModel = Require.text(upstreamModel, "upstreamModel", 200);
        Require.present(timeout, "timeout");
        Require.that(!timeout.isNegative() && !timeout.isZero() && timeout.compareTo(LONGEST_TIMEOUT) <= 0,
                "timeout", "must be positive and at most 30 minutes");
        Require.present(breakerOpenFor, "breakerOpenFor");
        Require.that(breakerOpenFor.map(d -> !d.isNegative() && !d.isZero()).orElse(true), "breakerOpenFor",
                "must be positive");
        Require.present(secret, "secret");
        Require.nonNegative(version, "version");
    }

    /** The host (and port) it calls, for logs and audit events: no path, query or credentials. */
    public String address() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    public Endpoint withVersion(long next) {
        return new Endpoint(key, protocol, url, upstreamModel, timeout, breakerOpenFor, secret, next);
    }

    private static URI checkedUrl(URI url) {
        Require.present(url, "url");
        if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new InvalidValueException("url", "must be an absolute http or https URL, e.g. https://api.openai.com/v1");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new InvalidValueException("url", "must name a host, e.g. http://vllm.internal:8000/v1");
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            // A key in a URL would be stored and shown: keys go in a secret reference.
            throw new InvalidValueException("url", "must not carry credentials, a query or a fragment; "
                    + "put the key in a secret reference");
        }
        return url;
    }
}

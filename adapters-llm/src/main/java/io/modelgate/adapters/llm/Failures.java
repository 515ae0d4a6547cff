package io.modelgate.adapters.llm;

import io.modelgate.adapters.llm.WireProtocol.UpstreamError;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.ProviderFailure.Kind;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Builds every {@link ProviderFailure} of one call. Messages are ModelGate's own sentences: the endpoint's
 * configured name, the HTTP status and at most the provider's short error type — never the key, the URL,
 * a header, the raw body or a transport exception's text. Logs carry the same and nothing more.
 */
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class);

    private final String label;
    private final ProviderEndpoint endpoint;

    Failures(String label, ProviderEndpoint endpoint) {
        this.label = label;
        this.endpoint = endpoint;
    }

    /**
     * The kind an HTTP status means. 401, 403 and 404 say the endpoint is misconfigured (key, permission,
     * model name), not that the request is wrong, so another candidate may still serve it: UNAVAILABLE.
     */
    static Kind kindOf(int status) {
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status == 408) {
            return Kind.TIMEOUT;
        }
        if (status == 401 || status == 403 || status == 404) {
            return Kind.UNAVAILABLE;
        }
        if (status >= 400 && status < 500) {
            return Kind.REJECTED;
        }
        return Kind.UNAVAILABLE;
    }

    ProviderFailure status(int status, UpstreamError error) {
        Kind kind = error.kind().orElse(kindOf(status));
        return logged(new ProviderFailure(kind, status,
                prefix() + " answered HTTP " + status + quoted(error.type())));
    }

    /** An error event inside a stream that began with HTTP 200. */
    ProviderFailure streamError(int status, UpstreamError error) {
        return logged(new ProviderFailure(error.kind().orElse(Kind.UNAVAILABLE), status,
                prefix() + " sent an error event in the stream" + quoted(error.type())));
    }

    ProviderFailure timeout() {
        return logged(new ProviderFailure(Kind.TIMEOUT, 0,
                prefix() + " did not answer within " + endpoint.timeout().toMillis() + " ms"));
    }

    ProviderFailure idle(int status) {
        return logged(new ProviderFailure(Kind.TIMEOUT, status,
                prefix() + " sent nothing for " + endpoint.timeout().toMillis() + " ms in the middle of a stream"));
    }

    ProviderFailure cutShort(int status) {
        return logged(new ProviderFailure(Kind.UNAVAILABLE, status,
                prefix() + " ended the stream before the answer was complete"));
    }

    ProviderFailure malformed(int status, MalformedAnswer answer) {
        return logged(new ProviderFailure(Kind.PROTOCOL, status,
                prefix() + " answered outside its documented format: " + answer.getMessage()));
    }

    ProviderFailure unusableKey() {
        return logged(new ProviderFailure(Kind.UNAVAILABLE, 0,
                prefix() + " has an API key that is not a valid HTTP header value (check the configuration)"));
    }

    ProviderFailure interrupted() {
        return logged(new ProviderFailure(Kind.UNAVAILABLE, 0, prefix() + " call was interrupted"));
    }

    /** A transport failure before or while reading the answer. */
    ProviderFailure transport(Throwable error, int status) {
        Throwable cause = unwrap(error);
        if (cause instanceof HttpTimeoutException) {
            return timeout();
        }
        if (cause instanceof MalformedAnswer malformed) {
            return malformed(status, malformed);
        }
        if (status == 0 && (cause instanceof ConnectException || cause instanceof UnresolvedAddressException)) {
            return logged(new ProviderFailure(Kind.UNAVAILABLE, 0, prefix() + " could not be reached"));
        }
        if (status == 0) {
            return logged(new ProviderFailure(Kind.UNAVAILABLE, 0, prefix() + " closed the connection without answering"));
        }
        return cutShort(status);
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        // HttpClient.send wraps what ended the exchange in a plain IOException
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause.getClass() == IOException.class) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static boolean isCancellation(Throwable error) {
        return unwrap(error) instanceof CancellationException;
    }

    private String prefix() {
        return label + " endpoint '" + endpoint.name() + "'";
    }

    /** Quotes a provider's error type only if it is a short identifier that is not part of the key. */
    private String quoted(Optional<String> type) {
        return type.filter(t -> endpoint.apiKey().map(key -> !key.contains(t) && !t.contains(key)).orElse(true))
                .map(t -> " (" + t + ")")
                .orElse("");
    }

    private ProviderFailure logged(ProviderFailure failure) {
        LOG.infof("Provider endpoint %s failed: %s, HTTP status %d", endpoint.name(), failure.kind(),
                failure.upstreamStatus());
        return failure;
    }
}

package io.modelgate.application.gateway.port.out;

/**
 * A provider call that failed. The message is ModelGate's own sentence: it never carries the provider's key
 * or raw response body. {@link #retryable()} says whether another candidate may be tried. Not a domain
 * error: the gateway turns it into a fallback or, when no candidate is left, a refusal of its own.
 */
public final class ProviderFailure extends RuntimeException {

    public enum Kind {
        /** No answer within the endpoint's timeout. */
        TIMEOUT(true),
        /** Connection refused or reset, or a 5xx. */
        UNAVAILABLE(true),
        /** 429 from the provider. */
        RATE_LIMITED(true),
        /** A 4xx other than 429: the request itself was refused; another provider would refuse it too. */
        REJECTED(false),
        /** The provider answered something that is not its documented format. */
        PROTOCOL(true),
        /** The circuit breaker is open for this endpoint. */
        CIRCUIT_OPEN(true);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }
    }

    private final Kind kind;
    private final int upstreamStatus;

    public ProviderFailure(Kind kind, int upstreamStatus, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.upstreamStatus = upstreamStatus;
    }

    public Kind kind() {
        return kind;
    }

    /** A stable code such as {@code PROVIDER.TIMEOUT}. */
    public String code() {
        return "PROVIDER." + kind.name();
    }

    /** The provider's HTTP status, or 0 when there was none (timeout, connection failure). */
    public int upstreamStatus() {
        return upstreamStatus;
    }

    public boolean retryable() {
        return kind.retryable;
    }

    /** Whether the failure says something about the endpoint's health (a refused request does not). */
    public boolean countsAgainstEndpoint() {
        return kind != Kind.REJECTED && kind != Kind.CIRCUIT_OPEN;
    }
}

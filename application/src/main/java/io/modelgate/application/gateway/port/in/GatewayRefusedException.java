package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.shared.DomainException;

/**
 * The gateway refused a call before any provider was asked. The code names the rule that refused:
 * {@code GATEWAY.NO_APPROVAL}, {@code GATEWAY.CLASSIFICATION_NOT_ALLOWED}, {@code GATEWAY.MODEL_RETIRED},
 * {@code GATEWAY.APPROVAL_EXPIRED}, {@code GATEWAY.APPROVAL_REVOKED}, {@code GATEWAY.BUDGET_EXCEEDED}, …
 */
public final class GatewayRefusedException extends DomainException {

    public enum Kind {
        /** No approval lets this department send this data to any model: 403. */
        NOT_ALLOWED,
        /** The budget cannot pay for the call: 402. */
        BUDGET,
        /** Every allowed provider failed or is switched off: 503. */
        UNAVAILABLE
    }

    private final Kind kind;

    public GatewayRefusedException(Kind kind, String reason, String message) {
        super("GATEWAY." + reason, message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.ledger.Refusal;
import io.modelgate.domain.shared.DomainException;

/**
 * The gateway did not serve a call, for the reason {@link #refusal()} names (its code is
 * {@code GATEWAY.} and the reason's word). Thrown after the refusal was recorded in the ledger.
 */
public final class GatewayRefusedException extends DomainException {

    private final Refusal refusal;

    public GatewayRefusedException(Refusal refusal, String message) {
        super(refusal.code(), message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public Refusal.Kind kind() {
        return refusal.kind();
    }
}

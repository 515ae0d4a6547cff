package io.modelgate.domain.ledger;

/** How a gateway call ended, as the usage ledger records it. */
public enum CallOutcome {
    /** A provider answered the call in full. */
    SUCCESS,
    /** The caller hung up during a stream; what was delivered is charged. */
    CLIENT_ABORTED,
    /** No provider answered (or a stream failed): nothing, or what was delivered, is charged. */
    PROVIDER_ERROR,
    /** The call's gateway instance died before it was settled; charged its reservation (docs/gateway.md). */
    INTERRUPTED,
    /** A rule refused the call before any provider was asked; {@link Refusal} says which. */
    REFUSED;

    /** Whether a provider answered the call, so that its request id is taken (see {@link RequestId}). */
    public boolean answered() {
        return this == SUCCESS || this == CLIENT_ABORTED || this == INTERRUPTED;
    }
}

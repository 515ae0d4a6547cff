package io.modelgate.application.gateway.port.out;

/** Receives a streamed completion: text deltas as they arrive, then exactly one end (complete or failed). */
public interface ChatStream {

    void onDelta(String text);

    void onComplete(String finishReason, TokenUsage usage);

    /** Called once when the stream fails; {@code usageSoFar} counts what was delivered before the failure. */
    void onError(ProviderFailure failure, TokenUsage usageSoFar);

    /**
     * What the stream was charged, in millionths of the ledger currency: told by the gateway to its caller
     * once, just before the end. Providers never call it.
     */
    default void onCharged(long costMicros) {
    }
}

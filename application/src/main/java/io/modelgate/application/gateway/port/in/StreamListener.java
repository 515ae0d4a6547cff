package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.budget.TokenUsage;

/**
 * The caller's side of a streamed call, implemented by the inbound adapter: deltas as they arrive, then
 * exactly one end. Every end comes after the call was settled, with what it was charged.
 */
public interface StreamListener {

    void onDelta(String text);

    /** The stream ended as the provider finished it (or, when the caller hung up, with what was delivered). */
    void onComplete(String finishReason, TokenUsage usage, long costMicros);

    /**
     * The stream failed after it started; {@code code} is a stable code such as {@code PROVIDER.TIMEOUT} and
     * {@code message} ModelGate's own sentence.
     */
    void onError(String code, String message, TokenUsage usageSoFar, long costMicros);
}

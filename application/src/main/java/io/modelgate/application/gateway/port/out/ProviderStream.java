package io.modelgate.application.gateway.port.out;

import io.modelgate.domain.budget.TokenUsage;

/**
 * The provider adapter's sink for one streamed completion: text deltas as they arrive, then exactly one
 * end (complete or failed). The gateway implements it; the REST adapter never sees it.
 */
public interface ProviderStream {

    void onDelta(String text);

    void onComplete(String finishReason, TokenUsage usage);

    /** Called once when the stream fails; {@code usageSoFar} counts what was delivered before the failure. */
    void onError(ProviderFailure failure, TokenUsage usageSoFar);
}

package io.modelgate.application.gateway.port.in;

import java.util.concurrent.CompletionStage;

/**
 * Use case: a department's chat completion through the gateway. Allowed only through a live approval,
 * routed by the hybrid policy, reserved against the budget before a provider is asked, settled to the
 * tokens actually used, and recorded in the ledger and the audit trail. Refusals fail the stage with a
 * {@link GatewayRefusedException} (after they were recorded).
 */
public interface CompleteChat {

    CompletionStage<GatewayAnswer> complete(ChatCall call);

    /**
     * Decides, reserves and starts the stream; the stage completes once a provider has started to answer
     * (its first delta, or its end), so a provider that fails before that is replaced by the next
     * candidate. Then deltas and the one end go to {@code listener}, after the call was settled.
     */
    CompletionStage<StartedStream> stream(ChatCall call, StreamListener listener);
}

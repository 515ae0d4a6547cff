package io.modelgate.application.gateway.port.out;

import io.modelgate.domain.chat.ChatCompletion;
import io.modelgate.domain.chat.ChatRequest;

import java.util.concurrent.CompletionStage;

/**
 * Out-port: calls a model provider over its own wire protocol. Implementations map the neutral
 * request to the provider's JSON, map the answer back, extract usage, enforce the endpoint's timeout
 * and turn every failure into a {@link ProviderFailure} with no secret and no raw body in it.
 */
public interface ChatProviders {

    /** The whole answer; the stage fails with a {@link ProviderFailure}. */
    CompletionStage<ChatCompletion> complete(ProviderEndpoint endpoint, ChatRequest request);

    /**
     * Streams the answer into {@code sink} and returns at once. Ends with exactly one of
     * {@link ProviderStream#onComplete} or {@link ProviderStream#onError}, also after {@link StreamCall#cancel}.
     */
    StreamCall stream(ProviderEndpoint endpoint, ChatRequest request, ProviderStream sink);
}

package io.modelgate.application.gateway.port.out;

/**
 * Out-port: calls a model provider over its own wire protocol. Implementations map the neutral
 * request to the provider's JSON, map the answer back, extract usage, enforce the endpoint's timeout
 * and turn every failure into a {@link ProviderFailure} with no secret and no raw body in it.
 */
public interface ChatProviders {

    /** Blocking call; throws {@link ProviderFailure}. */
    ChatCompletion complete(ProviderEndpoint endpoint, ChatRequest request);

    /**
     * Streams the answer into {@code sink} on another thread and returns at once. Ends with exactly one
     * of {@link ChatStream#onComplete} or {@link ChatStream#onError}, also after {@link StreamCall#cancel}.
     */
    StreamCall stream(ProviderEndpoint endpoint, ChatRequest request, ChatStream sink);
}

package io.modelgate.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.domain.chat.ChatRequest;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * One provider's wire format: how a neutral request becomes its JSON, and how its JSON, its SSE events
 * and its error bodies read back. Transport, timeouts and failures are {@link HttpChatProviders}' job.
 */
interface WireProtocol {

    /** For messages and logs, e.g. {@code Anthropic}. */
    String label();

    WireRequest request(ProviderEndpoint endpoint, ChatRequest request, boolean stream);

    /** Reads a successful, non-streamed answer; throws {@link MalformedAnswer}. */
    Answer answer(JsonNode body);

    /** A fresh decoder for one stream's events. */
    StreamDecoder streamDecoder();

    /** Reads an error body (possibly {@code MissingNode} when it was not JSON). */
    UpstreamError error(JsonNode body);

    /** The request as it goes on the wire: only the provider-specific headers (auth, version). */
    record WireRequest(URI uri, Map<String, String> headers, byte[] body) {
    }

    /**
     * A non-streamed answer in neutral terms; a token count is -1 when the provider did not report it.
     * {@code finishReason} is already in OpenAI's words.
     */
    record Answer(String content, String finishReason, long inputTokens, long outputTokens, Optional<String> model) {
    }

    /**
     * What a provider's error body says: its short error type to quote, and a kind when the body says more
     * than the status (a Gemini 400 that is really an invalid key; an error event inside a 200 stream).
     */
    record UpstreamError(Optional<String> type, Optional<ProviderFailure.Kind> kind) {

        static UpstreamError none() {
            return new UpstreamError(Optional.empty(), Optional.empty());
        }
    }

    /** Decodes one stream's events, stateful, called from one thread at a time. */
    interface StreamDecoder {

        /** Throws {@link MalformedAnswer} for an event that is not the documented format. */
        void onEvent(ServerSentEvents.Event event, StreamEvents out);
    }

    /** What a decoder reports while it reads a stream. */
    interface StreamEvents {

        void text(String delta);

        /** The provider's count so far (latest wins); -1 is ignored. */
        void inputTokens(long tokens);

        /** The provider's count so far (latest wins); -1 is ignored. */
        void outputTokens(long tokens);

        /** In OpenAI's words. */
        void finish(String reason);

        /** The provider said the stream is over ({@code [DONE]}, {@code message_stop}). */
        void done();

        /** The provider sent an error event inside the stream. */
        void error(UpstreamError error);
    }
}

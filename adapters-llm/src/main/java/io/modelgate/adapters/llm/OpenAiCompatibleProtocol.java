package io.modelgate.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.chat.ChatRequest;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure.Kind;

import java.util.Map;
import java.util.Optional;

/**
 * OpenAI Chat Completions, {@code POST {base}/chat/completions}, as spoken by OpenAI, Mistral, vLLM, Ollama
 * ({@code /v1}) and other compatible servers. Streams ask for {@code stream_options.include_usage}, so the
 * last chunk before {@code data: [DONE]} carries the usage with empty {@code choices}. The key goes in
 * {@code Authorization: Bearer} and only when there is one (self-hosted servers often have none).
 */
final class OpenAiCompatibleProtocol implements WireProtocol {

    @Override
    public String label() {
        return "OpenAI-compatible";
    }

    @Override
    public WireRequest request(ProviderEndpoint endpoint, ChatRequest request, boolean stream) {
        ObjectNode body = Json.object();
        body.put("model", endpoint.upstreamModel());
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
        body.put("max_tokens", request.maxTokens());
        request.temperature().ifPresent(temperature -> body.put("temperature", temperature));
        if (stream) {
            body.put("stream", true);
            body.putObject("stream_options").put("include_usage", true);
        }
        Map<String, String> headers = endpoint.apiKey()
                .map(key -> Map.of("Authorization", "Bearer " + key))
                .orElse(Map.of());
        return new WireRequest(Urls.join(endpoint.baseUrl(), "/chat/completions"), headers, Json.bytes(body));
    }

    @Override
    public Answer answer(JsonNode body) {
        JsonNode choice = body.path("choices").path(0);
        if (!choice.isObject()) {
            throw new MalformedAnswer("no choices");
        }
        JsonNode content = choice.path("message").path("content");
        if (!content.isTextual() && !content.isNull() && !content.isMissingNode()) {
            throw new MalformedAnswer("a message content that is not text");
        }
        JsonNode usage = body.path("usage");
        return new Answer(content.isTextual() ? content.asText() : "", finishReason(choice.path("finish_reason")),
                Json.count(usage.path("prompt_tokens")), Json.count(usage.path("completion_tokens")),
                Json.text(body.path("model")));
    }

    @Override
    public StreamDecoder streamDecoder() {
        return (event, out) -> {
            if (event.data().strip().equals("[DONE]")) {
                out.done();
                return;
            }
            JsonNode chunk = Json.parse(event.data());
            if (chunk.has("error")) {
                out.error(streamError(chunk.path("error")));
                return;
            }
            for (JsonNode choice : chunk.path("choices")) {
                if (choice.path("index").asInt(0) != 0) {
                    continue;
                }
                JsonNode content = choice.path("delta").path("content");
                if (content.isTextual() && !content.asText().isEmpty()) {
                    out.text(content.asText());
                }
                if (choice.path("finish_reason").isTextual()) {
                    out.finish(finishReason(choice.path("finish_reason")));
                }
            }
            JsonNode usage = chunk.path("usage");
            if (usage.isObject()) {
                out.inputTokens(Json.count(usage.path("prompt_tokens")));
                out.outputTokens(Json.count(usage.path("completion_tokens")));
            }
        };
    }

    @Override
    public UpstreamError error(JsonNode body) {
        JsonNode error = body.path("error");
        Optional<String> type = Json.token(error.path("type")).or(() -> Json.token(error.path("code")));
        return new UpstreamError(type, Optional.empty());
    }

    /** OpenAI's own words already; compatible servers that send none get {@code stop}. */
    private static String finishReason(JsonNode reason) {
        return reason.isTextual() && !reason.asText().isBlank() ? reason.asText() : "stop";
    }

    /**
     * An error chunk inside a 200 stream: vLLM puts the HTTP-like status in {@code error.code}, OpenAI a
     * type such as {@code server_error}.
     */
    private static UpstreamError streamError(JsonNode error) {
        Optional<String> type = Json.token(error.path("type")).or(() -> Json.token(error.path("code")));
        Kind kind;
        if (error.path("code").isIntegralNumber()) {
            kind = Failures.kindOf(error.path("code").asInt());
        } else {
            String words = type.orElse("");
            kind = words.contains("rate_limit") ? Kind.RATE_LIMITED
                    : words.equals("invalid_request_error") ? Kind.REJECTED
                    : Kind.UNAVAILABLE;
        }
        return new UpstreamError(type, Optional.of(kind));
    }
}

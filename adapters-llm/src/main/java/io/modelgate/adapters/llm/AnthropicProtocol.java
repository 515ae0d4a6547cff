package io.modelgate.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.chat.ChatRequest;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure.Kind;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Anthropic Messages API, {@code POST {base}/v1/messages} with {@code x-api-key} and
 * {@code anthropic-version: 2023-06-01}. System messages become the top-level {@code system} field (joined
 * by a blank line, in order); {@code max_tokens} is always sent; a temperature above Anthropic's maximum of 1
 * is capped at 1 rather than refused. Streams: {@code message_start} carries the input tokens,
 * {@code content_block_delta}/{@code text_delta} the text, {@code message_delta} the stop reason and the
 * cumulative output tokens, {@code message_stop} the end; {@code error} events fail the stream.
 */
final class AnthropicProtocol implements WireProtocol {

    static final String VERSION = "2023-06-01";

    @Override
    public String label() {
        return "Anthropic";
    }

    @Override
    public WireRequest request(ProviderEndpoint endpoint, ChatRequest request, boolean stream) {
        ObjectNode body = Json.object();
        body.put("model", endpoint.upstreamModel());
        body.put("max_tokens", request.maxTokens());
        StringBuilder system = new StringBuilder();
        ArrayNode messages = Json.object().arrayNode();
        for (ChatMessage message : request.messages()) {
            if (message.role().equals("system")) {
                system.append(system.length() == 0 ? "" : "\n\n").append(message.content());
            } else {
                messages.addObject().put("role", message.role()).put("content", message.content());
            }
        }
        if (system.length() > 0) {
            body.put("system", system.toString());
        }
        body.set("messages", messages);
        request.temperature().ifPresent(temperature -> body.put("temperature", temperature.min(BigDecimal.ONE)));
        if (stream) {
            body.put("stream", true);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        endpoint.apiKey().ifPresent(key -> headers.put("x-api-key", key));
        headers.put("anthropic-version", VERSION);
        return new WireRequest(Urls.join(endpoint.baseUrl(), "/v1/messages"), headers, Json.bytes(body));
    }

    @Override
    public Answer answer(JsonNode body) {
        JsonNode content = body.path("content");
        if (!content.isArray()) {
            throw new MalformedAnswer("no content");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            if (block.path("type").asText().equals("text")) {
                text.append(block.path("text").asText());
            }
        }
        JsonNode usage = body.path("usage");
        return new Answer(text.toString(), finishReason(body.path("stop_reason")), inputTokens(usage),
                Json.count(usage.path("output_tokens")), Json.text(body.path("model")));
    }

    @Override
    public StreamDecoder streamDecoder() {
        return (event, out) -> {
            JsonNode data = Json.parse(event.data());
            switch (data.path("type").asText(event.name())) {
                case "message_start" -> {
                    JsonNode usage = data.path("message").path("usage");
                    out.inputTokens(inputTokens(usage));
                    out.outputTokens(Json.count(usage.path("output_tokens")));
                }
                case "content_block_delta" -> {
                    JsonNode delta = data.path("delta");
                    if (delta.path("type").asText().equals("text_delta") && !delta.path("text").asText().isEmpty()) {
                        out.text(delta.path("text").asText());
                    }
                }
                case "message_delta" -> {
                    if (data.path("delta").path("stop_reason").isTextual()) {
                        out.finish(finishReason(data.path("delta").path("stop_reason")));
                    }
                    JsonNode usage = data.path("usage");
                    if (usage.has("input_tokens")) {
                        out.inputTokens(inputTokens(usage));
                    }
                    out.outputTokens(Json.count(usage.path("output_tokens")));
                }
                case "message_stop" -> out.done();
                case "error" -> out.error(streamError(data.path("error")));
                default -> {
                    // ping, content_block_start, content_block_stop and event types added later
                }
            }
        };
    }

    @Override
    public UpstreamError error(JsonNode body) {
        return new UpstreamError(Json.token(body.path("error").path("type")), Optional.empty());
    }

    /**
     * All prompt tokens, as OpenAI's {@code prompt_tokens} counts them: Anthropic reports cache writes and
     * reads apart from {@code input_tokens}.
     */
    private static long inputTokens(JsonNode usage) {
        long input = Json.count(usage.path("input_tokens"));
        if (input < 0) {
            return -1;
        }
        return input + Math.max(0, Json.count(usage.path("cache_creation_input_tokens")))
                + Math.max(0, Json.count(usage.path("cache_read_input_tokens")));
    }

    static String finishReason(JsonNode stopReason) {
        return switch (stopReason.asText("")) {
            case "max_tokens", "model_context_window_exceeded" -> "length";
            case "tool_use" -> "tool_calls";
            case "refusal" -> "content_filter";
            default -> "stop"; // end_turn, stop_sequence, pause_turn
        };
    }

    private static UpstreamError streamError(JsonNode error) {
        Optional<String> type = Json.token(error.path("type"));
        Kind kind = switch (type.orElse("")) {
            case "rate_limit_error" -> Kind.RATE_LIMITED;
            case "invalid_request_error", "request_too_large" -> Kind.REJECTED;
            case "timeout_error" -> Kind.TIMEOUT;
            default -> Kind.UNAVAILABLE; // overloaded_error, api_error, authentication_error, …
        };
        return new UpstreamError(type, Optional.of(kind));
    }
}

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
 * Google Gemini API: {@code POST {base}/v1beta/models/{model}:generateContent}, and
 * {@code :streamGenerateContent?alt=sse} for streams, with {@code x-goog-api-key}. Roles: assistant becomes
 * {@code model}; system messages become {@code systemInstruction}. Each stream event is a whole
 * {@code GenerateContentResponse}; there is no end marker, the body simply ends after the chunk with a
 * {@code finishReason}. Output tokens count {@code candidatesTokenCount} plus {@code thoughtsTokenCount}
 * (thinking is billed as output), as OpenAI's {@code completion_tokens} includes reasoning.
 */
final class GeminiProtocol implements WireProtocol {

    @Override
    public String label() {
        return "Gemini";
    }

    @Override
    public WireRequest request(ProviderEndpoint endpoint, ChatRequest request, boolean stream) {
        ObjectNode body = Json.object();
        ArrayNode contents = body.putArray("contents");
        StringBuilder system = new StringBuilder();
        for (ChatMessage message : request.messages()) {
            if (message.role().equals("system")) {
                system.append(system.length() == 0 ? "" : "\n\n").append(message.content());
            } else {
                ObjectNode content = contents.addObject().put("role", message.role().equals("assistant") ? "model" : "user");
                content.putArray("parts").addObject().put("text", message.content());
            }
        }
        if (system.length() > 0) {
            body.putObject("systemInstruction").putArray("parts").addObject().put("text", system.toString());
        }
        ObjectNode generation = body.putObject("generationConfig");
        generation.put("maxOutputTokens", request.maxTokens());
        request.temperature().ifPresent(temperature -> generation.put("temperature", temperature));

        String model = endpoint.upstreamModel().startsWith("models/")
                ? endpoint.upstreamModel().substring("models/".length())
                : endpoint.upstreamModel();
        String path = "/v1beta/models/" + Urls.segment(model) + (stream ? ":streamGenerateContent" : ":generateContent");
        Map<String, String> headers = endpoint.apiKey().map(key -> Map.of("x-goog-api-key", key)).orElse(Map.of());
        return new WireRequest(Urls.join(endpoint.baseUrl(), path, stream ? "alt=sse" : null), headers, Json.bytes(body));
    }

    @Override
    public Answer answer(JsonNode body) {
        JsonNode candidate = body.path("candidates").path(0);
        JsonNode usage = body.path("usageMetadata");
        if (!candidate.isObject()) {
            if (body.path("promptFeedback").has("blockReason")) {
                return new Answer("", "content_filter", inputTokens(usage), outputTokens(usage),
                        Json.text(body.path("modelVersion")));
            }
            throw new MalformedAnswer("no candidates");
        }
        return new Answer(text(candidate), finishReason(candidate.path("finishReason")), inputTokens(usage),
                outputTokens(usage), Json.text(body.path("modelVersion")));
    }

    @Override
    public StreamDecoder streamDecoder() {
        return (event, out) -> {
            JsonNode chunk = Json.parse(event.data());
            if (chunk.has("error")) {
                out.error(streamError(chunk.path("error")));
                return;
            }
            // Counts first: a caller may cancel as soon as it sees this chunk's text, and must then
            // be charged with the provider's counts, not the estimate.
            JsonNode usage = chunk.path("usageMetadata");
            if (usage.isObject()) {
                out.inputTokens(inputTokens(usage));
                out.outputTokens(outputTokens(usage));
            }
            JsonNode candidate = chunk.path("candidates").path(0);
            String text = text(candidate);
            if (!text.isEmpty()) {
                out.text(text);
            }
            if (candidate.path("finishReason").isTextual()) {
                out.finish(finishReason(candidate.path("finishReason")));
            } else if (chunk.path("promptFeedback").has("blockReason")) {
                out.finish("content_filter");
            }
        };
    }

    @Override
    public UpstreamError error(JsonNode body) {
        JsonNode error = body.path("error");
        boolean invalidKey = false;
        for (JsonNode detail : error.path("details")) {
            invalidKey |= detail.path("reason").asText().equals("API_KEY_INVALID");
        }
        // Gemini answers an invalid key with 400 INVALID_ARGUMENT: an endpoint problem, not the request's.
        return new UpstreamError(Json.token(error.path("status")),
                invalidKey ? Optional.of(Kind.UNAVAILABLE) : Optional.empty());
    }

    private static String text(JsonNode candidate) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : candidate.path("content").path("parts")) {
            if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) {
                text.append(part.path("text").asText());
            }
        }
        return text.toString();
    }

    /** Gemini leaves out counts that are zero, so inside {@code usageMetadata} a missing count is 0. */
    private static long inputTokens(JsonNode usage) {
        return usage.isObject() ? Math.max(0, Json.count(usage.path("promptTokenCount"))) : -1;
    }

    private static long outputTokens(JsonNode usage) {
        return usage.isObject()
                ? Math.max(0, Json.count(usage.path("candidatesTokenCount")))
                        + Math.max(0, Json.count(usage.path("thoughtsTokenCount")))
                : -1;
    }

    static String finishReason(JsonNode finishReason) {
        return switch (finishReason.asText("")) {
            case "MAX_TOKENS" -> "length";
            case "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY" -> "content_filter";
            default -> "stop"; // STOP, LANGUAGE, OTHER, MALFORMED_FUNCTION_CALL, FINISH_REASON_UNSPECIFIED
        };
    }

    private static UpstreamError streamError(JsonNode error) {
        Kind kind = error.path("code").isIntegralNumber() ? Failures.kindOf(error.path("code").asInt()) : Kind.UNAVAILABLE;
        return new UpstreamError(Json.token(error.path("status")), Optional.of(kind));
    }
}

package io.modelgate.adapters.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.adapters.rest.shared.Echo;
import io.modelgate.domain.shared.UnsafeCharacters;
import io.modelgate.application.gateway.port.in.GatewayAnswer;
import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * OpenAI's chat-completions wire format, read leniently (fields ModelGate does not use, such as
 * {@code n}, {@code user} or {@code stream_options}, are accepted and ignored, as OpenAI's SDKs send
 * them) and written exactly, so existing OpenAI clients work by changing the base URL.
 */
final class OpenAiFormat {

    private OpenAiFormat() {
    }

    record Parsed(Optional<ModelId> model, List<ChatMessage> messages, OptionalInt maxTokens,
                  Optional<BigDecimal> temperature, boolean stream) {
    }

    static Parsed parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidValueException("body", "must be a JSON object with model and messages");
        }
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            throw new InvalidValueException("model", "is required: a catalog model id, or \"auto\"");
        }
        Optional<ModelId> modelId = model.asText().equals("auto") ? Optional.empty()
                : Optional.of(modelId(model.asText()));
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw new InvalidValueException("messages", "is required: a non-empty array");
        }
        List<ChatMessage> parsed = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            String role = m.path("role").asText(null);
            if ("developer".equals(role)) {
                role = "system"; // OpenAI's newer name for system instructions
            }
            if (role == null || !ChatMessage.ROLES.contains(role)) {
                throw new InvalidValueException("messages[" + i + "].role", "must be system, user or assistant");
            }
            parsed.add(new ChatMessage(role, content(m.get("content"), i)));
        }
        String maxField = body.hasNonNull("max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
        JsonNode max = body.get(maxField);
        OptionalInt maxTokens = OptionalInt.empty();
        if (max != null && !max.isNull()) {
            if (!max.isIntegralNumber() || !max.canConvertToInt() || max.asInt() <= 0) {
                throw new InvalidValueException(maxField, "must be a positive integer");
            }
            maxTokens = OptionalInt.of(max.asInt());
        }
        JsonNode temperature = body.get("temperature");
        Optional<BigDecimal> temp = Optional.empty();
        if (temperature != null && !temperature.isNull()) {
            // 1e999 is read as an infinite double: refused here, it cannot be a BigDecimal
            if (!temperature.isNumber() || !Double.isFinite(temperature.doubleValue())) {
                throw new InvalidValueException("temperature", "must be a number between 0 and 2");
            }
            temp = Optional.of(temperature.decimalValue());
        }
        JsonNode stream = body.get("stream");
        return new Parsed(modelId, parsed, maxTokens, temp, stream != null && stream.asBoolean(false));
    }

    private static ModelId modelId(String value) {
        try {
            return new ModelId(value);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("model", e.reason());
        }
    }

    /** Content is a string, or an array of parts of which the text parts are joined. */
    private static String content(JsonNode content, int index) {
        String field = "messages[" + index + "].content";
        if (content != null && content.isTextual()) {
            return forwardable(content.asText(), field);
        }
        if (content != null && content.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode part : content) {
                if (!"text".equals(part.path("type").asText())) {
                    throw new InvalidValueException("messages[" + index + "].content",
                            "only text parts are supported (was " + Echo.of(part.path("type").asText()) + ")");
                }
                text.append(part.path("text").asText());
            }
            return forwardable(text.toString(), field);
        }
        throw new InvalidValueException("messages[" + index + "].content", "must be a string or an array of text parts");
    }

    /** A prompt the providers can be sent: no NUL, no unpaired surrogate (it cannot be written as UTF-8). */
    private static String forwardable(String text, String field) {
        UnsafeCharacters.PROMPT.check(text).ifPresent(reason -> {
            throw new InvalidValueException(field, reason);
        });
        return text;
    }

    static ObjectNode completion(ObjectMapper json, GatewayAnswer answer, long created) {
        ObjectNode root = json.createObjectNode();
        root.put("id", "chatcmpl-" + answer.requestId().value());
        root.put("object", "chat.completion");
        root.put("created", created);
        root.put("model", answer.governed().model().value());
        ArrayNode choices = root.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", answer.completion().content());
        choice.putNull("logprobs");
        choice.put("finish_reason", answer.completion().finishReason());
        usage(root, answer.completion().usage());
        return root;
    }

    static ObjectNode chunk(ObjectMapper json, String requestId, String model, long created, String content,
                            String finishReason, boolean first) {
        ObjectNode root = chunkHeader(json, requestId, model, created);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (first) {
            delta.put("role", "assistant");
        }
        if (content != null) {
            delta.put("content", content);
        }
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return root;
    }

    static ObjectNode usageChunk(ObjectMapper json, String requestId, String model, long created, TokenUsage usage) {
        ObjectNode root = chunkHeader(json, requestId, model, created);
        root.putArray("choices");
        usage(root, usage);
        return root;
    }

    private static ObjectNode chunkHeader(ObjectMapper json, String requestId, String model, long created) {
        ObjectNode root = json.createObjectNode();
        root.put("id", "chatcmpl-" + requestId);
        root.put("object", "chat.completion.chunk");
        root.put("created", created);
        root.put("model", model);
        return root;
    }

    private static void usage(ObjectNode root, TokenUsage usage) {
        ObjectNode node = root.putObject("usage");
        node.put("prompt_tokens", usage.inputTokens());
        node.put("completion_tokens", usage.outputTokens());
        node.put("total_tokens", usage.inputTokens() + usage.outputTokens());
    }
}

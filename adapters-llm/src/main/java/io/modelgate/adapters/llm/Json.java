package io.modelgate.adapters.llm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Provider JSON as trees: the adapters write and read exactly the documented field names. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** What a provider's error type may look like to be quoted in a message: a short identifier. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    static JsonNode parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new MalformedAnswer("a body that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new MalformedAnswer("a body that is not JSON");
        }
    }

    static JsonNode parse(String data) {
        try {
            JsonNode node = MAPPER.readTree(data);
            if (node == null || !node.isObject()) {
                throw new MalformedAnswer("an event that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new MalformedAnswer("an event that is not JSON");
        }
    }

    /** For error bodies, which may be HTML from a proxy or cut short: a missing node when not JSON. */
    static JsonNode parseLeniently(byte[] body) {
        try {
            JsonNode node = body == null || body.length == 0 ? null : MAPPER.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** A token count, or -1 when absent or not a non-negative integer. */
    static long count(JsonNode node) {
        return node.canConvertToLong() && node.isIntegralNumber() && node.asLong() >= 0 ? node.asLong() : -1;
    }

    /** A short identifier such as {@code rate_limit_error} or {@code RESOURCE_EXHAUSTED}; anything else is dropped. */
    static Optional<String> token(JsonNode node) {
        return node.isTextual() && TOKEN.matcher(node.asText()).matches() ? Optional.of(node.asText()) : Optional.empty();
    }

    static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}

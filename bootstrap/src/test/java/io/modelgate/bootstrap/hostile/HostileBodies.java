package io.modelgate.bootstrap.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;

/** A valid body with one value replaced by raw hostile JSON (which Jackson itself could not write: 1e999). */
final class HostileBodies {

    private static final String PLACEHOLDER = "__hostile_value__";

    private HostileBodies() {
    }

    static String replace(ObjectMapper json, String valid, List<Object> at, String rawValue) {
        try {
            JsonNode root = json.readTree(valid);
            JsonNode parent = root;
            for (Object step : at.subList(0, at.size() - 1)) {
                parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            }
            Object last = at.get(at.size() - 1);
            if (last instanceof Integer index) {
                ((ArrayNode) parent).set(index, TextNode.valueOf(PLACEHOLDER));
            } else {
                ((ObjectNode) parent).set((String) last, TextNode.valueOf(PLACEHOLDER));
            }
            return json.writeValueAsString(root).replace("\"" + PLACEHOLDER + "\"", rawValue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code useCase.volume.requestsPerMonth}, {@code deployments[0].kind}: how problems name fields. */
    static String path(List<Object> at) {
        StringBuilder path = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step);
            }
        }
        return path.toString();
    }
}

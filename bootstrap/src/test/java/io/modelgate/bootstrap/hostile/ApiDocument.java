package io.modelgate.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The served OpenAPI document, read as the hostile-input suite needs it: operations, parameters, body schemas. */
record ApiDocument(JsonNode root) {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, String id, List<Parameter> parameters, JsonNode body) {

        boolean hasBody() {
            return body != null;
        }

        boolean gateway() {
            return path.startsWith("/gateway/");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + id + ")";
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : path.getValue().path("parameters")) {
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), resolve(p.path("schema"))));
                }
                for (JsonNode p : operation.path("parameters")) {
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), resolve(p.path("schema"))));
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").get("schema");
                operations.add(new Operation(method, path.getKey(), operation.path("operationId").asText(), parameters,
                        body == null ? null : resolve(body)));
            }
        }
        return operations;
    }

    /** Follows {@code $ref}s and merges {@code allOf} parts, so that properties, enums and formats are at hand. */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            ObjectNode merged = resolve(root.path("components").path("schemas").path(name)).deepCopy();
            schema.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return merged;
        }
        if (schema.has("allOf")) {
            ObjectNode merged = ((ObjectNode) schema).deepCopy();
            merged.remove("allOf");
            for (JsonNode part : schema.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.fields().forEachRemaining(e -> {
                    if (e.getKey().equals("properties") && merged.has("properties")) {
                        ((ObjectNode) merged.get("properties")).setAll((ObjectNode) e.getValue());
                    } else if (!merged.has(e.getKey())) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
            }
            return merged;
        }
        return schema;
    }

    /** The schema of a property (or of the items of an array, or of a map's values), resolved. */
    JsonNode child(JsonNode schema, Object step) {
        if (step instanceof Integer) {
            return resolve(schema.path("items"));
        }
        JsonNode property = schema.path("properties").get((String) step);
        if (property != null) {
            return resolve(property);
        }
        JsonNode values = schema.get("additionalProperties");
        return values != null && values.isObject() ? resolve(values) : JsonNodeFactory.instance.objectNode();
    }

    static boolean hasType(JsonNode schema, String type) {
        JsonNode declared = schema.path("type");
        if (declared.isTextual()) {
            return declared.asText().equals(type);
        }
        for (JsonNode t : declared) {
            if (t.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    static boolean isMap(JsonNode schema) {
        return schema.path("additionalProperties").isObject() && !schema.has("properties");
    }
}

package io.modelgate.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of hostile values (docs/api.md, "Hostile input"): for a body field, raw JSON chosen by
 * what the field is (its schema and the valid value it replaces); for a parameter, raw text.
 */
final class HostileValues {

    static final String LONG = "x".repeat(10_000);

    /** A value to put in a body, as raw JSON (so that 1e999 and duplicate keys can be written). */
    record Json(String label, String json) {
    }

    /** A value for a path, query or header parameter, already percent-encoded where it goes in a URL. */
    record Text(String label, String value) {
    }

    private HostileValues() {
    }

    /** Hostile replacements for one field, given its schema and the valid value in the base body. */
    static List<Json> forField(JsonNode schema, JsonNode valid) {
        List<Json> values = new ArrayList<>();
        if (valid.isTextual()) {
            boolean decimal = valid.asText().matches("-?[0-9]+(\\.[0-9]+)?");
            // a decimal string (an amount of money) may also be sent as an exact JSON number
            values.addAll(decimal ? strings().stream().filter(v -> !v.label().equals("number for a string")).toList()
                    : strings());
            if (schema.has("enum")) {
                values.add(new Json("unknown enum value", "\"NOT_A_VALUE\""));
                values.add(new Json("number for an enum", "0"));
            }
            String format = schema.path("format").asText();
            if (format.equals("date") || format.equals("date-time") || looksLikeDate(valid.asText())) {
                values.addAll(dates(format.equals("date-time") || valid.asText().contains("T")));
            }
            if (decimal) {
                values.addAll(decimalStrings());
            }
        } else if (valid.isIntegralNumber() && !ApiDocument.hasType(schema, "number")) {
            values.addAll(wholeNumbers(!schema.path("format").asText().equals("int64")));
        } else if (valid.isNumber()) {
            values.addAll(decimals());
        } else if (valid.isBoolean()) {
            values.addAll(List.of(new Json("string for a boolean", "\"maybe\""), new Json("\"true\" for a boolean",
                    "\"true\""), new Json("number for a boolean", "1"), new Json("object for a boolean", "{}")));
        } else if (valid.isObject()) {
            values.addAll(List.of(new Json("array for an object", "[]"), new Json("string for an object", "\"x\""),
                    new Json("number for an object", "1")));
            if (ApiDocument.isMap(schema)) {
                values.add(new Json("NUL in a key", "{\"hostile\\u0000key\": " + firstValue(valid) + "}"));
                if (schema.has("propertyNames")) { // keys from an enum
                    values.add(new Json("unknown key", "{\"NOT_A_KEY\": " + firstValue(valid) + "}"));
                }
            }
        } else if (valid.isArray()) {
            values.addAll(List.of(new Json("object for an array", "{}"), new Json("string for an array", "\"x\""),
                    new Json("null element", "[null]")));
        }
        return values;
    }

    private static String firstValue(JsonNode object) {
        return object.isEmpty() ? "1" : object.elements().next().toString();
    }

    private static boolean looksLikeDate(String text) {
        return text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}.*");
    }

    static List<Json> strings() {
        return List.of(
                new Json("NUL", "\"hostile\\u0000value\""),
                new Json("control character", "\"hostile\\u0001value\""),
                new Json("C1 control character", "\"hostile\\u0085value\""),
                new Json("lone surrogate", "\"hostile\\ud800value\""),
                new Json("10,000 characters", "\"" + LONG + "\""),
                new Json("number for a string", "12345"),
                new Json("boolean for a string", "true"),
                new Json("object for a string", "{}"),
                new Json("array for a string", "[]"));
    }

    static List<Json> dates(boolean withTime) {
        String time = withTime ? "T00:00:00Z" : "";
        return List.of(
                new Json("date far in the future", "\"+999999999-12-31" + time + "\""),
                new Json("date far in the past", "\"-999999999-01-01" + time + "\""),
                new Json("year 0", "\"0000-12-31" + time + "\""),
                new Json("impossible date", "\"2024-02-30" + time + "\""));
    }

    static List<Json> decimalStrings() {
        return List.of(
                new Json("exponent bomb 1e-10000000", "\"1e-10000000\""),
                new Json("exponent bomb 1e+999999999", "\"1e+999999999\""),
                new Json("exponent bomb 1e-999999999", "\"1e-999999999\""),
                new Json("NaN", "\"NaN\""),
                new Json("Infinity", "\"Infinity\""),
                new Json("200 digits", "\"" + "9".repeat(200) + "\""),
                new Json("negative", "\"-1\""));
    }

    /** Whole numbers of an int32 field also get 2^31, which a long field may legitimately hold. */
    static List<Json> wholeNumbers(boolean int32) {
        List<Json> values = new ArrayList<>(List.of(
                new Json("string for a number", "\"abc\""),
                new Json("numeric string for a number", "\"80\""),
                new Json("fraction for a whole number", "1.5"),
                new Json("negative", "-1"),
                new Json("long overflow", "9223372036854775808"),
                new Json("huge", "99999999999999999999999"),
                new Json("infinite 1e999", "1e999"),
                new Json("exponent 1e2", "1e2"),
                new Json("object for a number", "{}")));
        if (int32) {
            values.add(new Json("int overflow", "2147483648"));
        }
        return values;
    }

    static List<Json> decimals() {
        return List.of(
                new Json("exponent bomb 1e-10000000", "1e-10000000"),
                new Json("exponent bomb 1e+999999999", "1e+999999999"),
                new Json("infinite 1e999", "1e999"),
                new Json("negative", "-1"),
                new Json("string for a number", "\"abc\""),
                new Json("object for a number", "{}"));
    }

    /** Hostile values of a path, query or header parameter, by its schema. */
    static List<Text> forParameter(JsonNode schema, boolean header) {
        List<Text> values = new ArrayList<>();
        if (!header) {
            // A header cannot carry these: the HTTP server refuses them before any code runs (docs/api.md).
            values.add(new Text("NUL", "hostile%00value"));
            values.add(new Text("control character", "hostile%01value"));
            values.add(new Text("line feed", "hostile%0Avalue"));
        }
        values.add(new Text("10,000 characters", LONG));
        if (schema.has("enum")) {
            values.add(new Text("unknown enum value", "NOT_A_VALUE"));
        }
        if (ApiDocument.hasType(schema, "integer")) {
            values.addAll(List.of(new Text("not a number", "abc"), new Text("fraction", "1.5"),
                    new Text("negative", "-1"), new Text("int overflow", "2147483648"),
                    new Text("huge", "99999999999999999999"), new Text("largest int", "2147483647")));
        }
        if (ApiDocument.hasType(schema, "boolean")) {
            values.add(new Text("not a boolean", "maybe"));
        }
        return values;
    }

    /** Extra values for parameters whose name says what they hold (ISO instants, months). */
    static List<Text> byName(String name) {
        return switch (name) {
            case "from", "to" -> List.of(new Text("instant far in the future", "%2B999999999-12-31T00:00:00Z"),
                    new Text("instant far in the past", "-999999999-01-01T00:00:00Z"),
                    new Text("year 0", "0000-01-01T00:00:00Z"), new Text("not an instant", "yesterday"));
            case "month" -> List.of(new Text("month 13", "2025-13"), new Text("year 0", "0000-01"),
                    new Text("five-digit year", "99999-01"));
            default -> List.of();
        };
    }
}

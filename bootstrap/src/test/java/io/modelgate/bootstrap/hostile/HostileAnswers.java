package io.modelgate.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.bootstrap.hostile.ApiDocument.Operation;
import io.modelgate.bootstrap.testsupport.RawHttp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What an answer to a hostile request must be; {@link #check} returns what is wrong with one, or null. */
final class HostileAnswers {

    /** Computations that change nothing: they may answer 200 to a value they can live with (a long text to inspect). */
    private static final Set<String> CHANGE_NOTHING = Set.of("inspectContent", "decideClassification", "estimateCost",
            "compareCosts", "evaluateLicense", "evaluateModelLicense");

    private HostileAnswers() {
    }

    /** Refused while the request was read and checked, before any governance decision: must write nothing. */
    static boolean refusedWhileReading(int status) {
        return status == 400 || status == 401 || status == 415 || status == 422;
    }

    static String check(ObjectMapper json, Operation operation, String label, String field, boolean hostileToken,
                        RawHttp.Answer answer, int maxBytes) {
        int status = answer.status();
        String where = operation + " " + label + ": ";
        if (status >= 500) {
            return where + status + " " + excerpt(answer.body());
        }
        if (answer.body().length > maxBytes) {
            return where + "an answer of " + answer.body().length + " bytes";
        }
        if (status < 300) {
            return operation.method().equals("get") || CHANGE_NOTHING.contains(operation.id()) ? null
                    : where + "accepted (" + status + ")";
        }
        if (status < 400) {
            return where + "answered " + status;
        }
        JsonNode problem;
        try {
            problem = json.readTree(answer.body());
        } catch (java.io.IOException e) {
            problem = null;
        }
        String type = answer.contentType() == null ? "" : answer.contentType();
        boolean shaped = problem != null && (operation.gateway()
                ? type.startsWith("application/json") && problem.path("error").path("message").isTextual()
                : type.startsWith("application/problem+json") && problem.path("type").isTextual());
        if (!shaped) {
            return where + status + " " + type + " is not " + (operation.gateway() ? "OpenAI's error shape"
                    : "a problem") + ": " + excerpt(answer.body());
        }
        if (hostileToken) {
            return status == 401 ? null : where + "expected 401, got " + status;
        }
        if (operation.gateway() && (status == 402 || status == 403 || status == 503)) {
            return null; // read and checked, then refused by the governance rules: recorded by design
        }
        if (label.startsWith("path ") && status == 404) {
            return null; // a malformed id names nothing that exists (docs/api.md)
        }
        return names(problem, field) ? null : where + status + " does not name " + field + ": " + excerpt(answer.body());
    }

    /** The problem names the field: exactly, as its container, as a field inside it, or in the detail. */
    static boolean names(JsonNode problem, String field) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        String detail = problem.path("detail").asText("");
        if (field.equals("body")) {
            return !fields.isEmpty() || !detail.isBlank();
        }
        for (String named : fields) {
            if (named.equals(field) || field.startsWith(named + ".") || field.startsWith(named + "[")
                    || named.startsWith(field + ".") || named.startsWith(field + "[")
                    || withoutIndexes(named).equals(withoutIndexes(field))) {
                return true;
            }
        }
        return detail.contains(field);
    }

    private static String withoutIndexes(String path) {
        return path.replaceAll("\\[[0-9]+]", "");
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

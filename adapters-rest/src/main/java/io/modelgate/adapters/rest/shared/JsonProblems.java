package io.modelgate.adapters.rest.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A JSON body that cannot be read, as a problem that names the field: {@code validation-failed} when the
 * JSON is well-formed but a value has the wrong type, shape or characters; {@code malformed-request}
 * when it is not JSON, repeats a key or exceeds a reader limit ({@link BoundedJson}).
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static Response of(JsonProcessingException e, String instance) {
        if (e instanceof JsonMappingException mapping) {
            return mapping(mapping, instance);
        }
        String field = fieldOf(e);
        if (e instanceof InputCoercionException coercion) {
            return invalid(field, "is out of range: it must be " + shape(coercion.getTargetType()), instance);
        }
        if (e instanceof StreamConstraintsException) {
            return malformed(field, "exceeds a limit of the JSON reader: " + e.getOriginalMessage(), instance);
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            return malformed(field, "appears twice in the same object", instance);
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return malformed(field, "is not valid JSON" + where + ": " + message, instance);
    }

    private static Response mapping(JsonMappingException e, String instance) {
        String field = pathOf(e);
        if (e instanceof RefusedValueException refused) {
            return invalid(field, refused.reason(), instance);
        }
        if (e instanceof UnrecognizedPropertyException) {
            return Problems.field(ProblemType.VALIDATION_FAILED, field,
                    "is not a field of this request (unknown or read-only fields are refused)", instance,
                    "REQUEST.UNKNOWN_FIELD");
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> type = format.getTargetType();
            return invalid(field, "cannot take the value '" + Echo.of(format.getValue()) + "'"
                    + (type != null && type.isEnum() ? allowed(type) : ": it must be " + shape(type)), instance);
        }
        if (e.getCause() instanceof InputCoercionException coercion) {
            return invalid(field, "is out of range: it must be " + shape(coercion.getTargetType()), instance);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String message = mismatch.getOriginalMessage() == null ? "" : mismatch.getOriginalMessage();
            if (message.startsWith("Trailing token")) {
                return malformed(field, "has more content after the JSON value", instance);
            }
            if (field.equals("body") && message.startsWith("No content")) {
                return invalid(field, "is required: send a JSON object", instance);
            }
            return invalid(field, "must be " + shape(mismatch.getTargetType()), instance);
        }
        return invalid(field, "has the wrong type or shape", instance);
    }

    private static Response invalid(String field, String message, String instance) {
        return Problems.field(ProblemType.VALIDATION_FAILED, field, message, instance, "REQUEST.INVALID_FORMAT");
    }

    private static Response malformed(String field, String message, String instance) {
        return Problems.response(ProblemType.MALFORMED_REQUEST, field + ": " + message, instance, "REQUEST.MALFORMED",
                null, List.of(new ProblemDetail.FieldError(field, message)));
    }

    /** What a value of this type looks like in JSON, for "must be …". */
    static String shape(Class<?> type) {
        if (type == null) {
            return "another type of value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or instant written as a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        Schema schema = type.getAnnotation(Schema.class);
        return "an object (" + (schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName()) + ")";
    }

    private static String allowed(Class<?> type) {
        return type != null && type.isEnum() ? "; allowed: " + Arrays.toString(type.getEnumConstants()) : "";
    }

    /** {@code useCase.volume.requestsPerMonth}, {@code deployments[0].kind}, or {@code body} for the whole body. */
    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** Where the parser stood when it stopped: the field being read (a repeated key names itself). */
    private static String fieldOf(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "body";
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inArray()) {
                steps.add("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                steps.add(context.getCurrentName());
            }
        }
        Collections.reverse(steps);
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            if (!path.isEmpty() && !step.startsWith("[")) {
                path.append('.');
            }
            path.append(step);
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}

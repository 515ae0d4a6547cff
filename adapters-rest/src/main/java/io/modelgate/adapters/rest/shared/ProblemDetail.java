package io.modelgate.adapters.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem: a stable type URI, a title, the status, a readable detail, and the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record ProblemDetail(
        @Schema(example = "https://modelgate.dev/problems/invalid-value") String type,
        @Schema(example = "A value breaks a rule") String title,
        @Schema(example = "422") int status,
        @Schema(example = "pricing.inputPerMillionTokens: must not be negative") String detail,
        @Schema(example = "/api/v1/models") String instance,
        @Schema(description = "Stable machine-readable code", example = "VALUE.INVALID") String code,
        @Schema(description = "The state that refused the command, for state conflicts") String currentState,
        List<FieldError> errors,
        @Schema(description = "On /gateway only: the same problem in OpenAI's error shape, for OpenAI clients")
        OpenAiError error) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** OpenAI's error object: {@code {"error": {"message", "type", "code"}}}. */
    public record OpenAiError(String message, String type, String code) {
    }

    /** One field at fault, as a JSON path into the request body (or a parameter name). */
    public record FieldError(@Schema(example = "deployments[0].kind") String field,
                             @Schema(example = "is required") String message) {
    }
}

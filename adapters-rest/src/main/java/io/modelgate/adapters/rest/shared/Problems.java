package io.modelgate.adapters.rest.shared;

import io.modelgate.adapters.rest.console.ConsoleProblem;
import io.modelgate.adapters.rest.console.ConsolePaths;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Builds problem responses; the one way the API says no. Every problem is small whatever the request
 * was: the detail, each field error and the number of errors are bounded, so a body stays within a
 * few KiB (docs/api.md, "Hostile input").
 */
public final class Problems {

    static final int MAX_DETAIL = 1000;
    static final int MAX_FIELD = 200;
    static final int MAX_MESSAGE = 300;
    static final int MAX_ERRORS = 10;

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, String instance, String code, String currentState,
                                    List<ProblemDetail.FieldError> errors) {
        return build(type, type.status(), type.title(), detail, instance, code, currentState, errors);
    }

    /**
     * A request the HTTP layer refused (405, 406, 415, a malformed header): a {@code malformed-request}
     * problem with the framework's status.
     */
    public static Response refused(int status, String detail, String instance, String code,
                                   List<ProblemDetail.FieldError> errors) {
        return build(ProblemType.MALFORMED_REQUEST, status, "The request cannot be served", detail, instance, code, null,
                errors);
    }

    private static Response build(ProblemType type, int status, String title, String detail, String instance,
                                  String code, String currentState, List<ProblemDetail.FieldError> errors) {
        detail = Echo.limit(detail, MAX_DETAIL);
        instance = Echo.limit(instance, MAX_FIELD);
        errors = bounded(errors);
        if (ConsolePaths.isConsole(instance)) {
            // People read the console in a browser: the same refusal, as a page in their language.
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(new ConsoleProblem(status, title, detail)).build();
        }
        if (instance != null && instance.startsWith(GATEWAY_PATH)) {
            // OpenAI's SDKs read error bodies only as application/json with an "error" object; the RFC 9457
            // members stay, so both kinds of client understand the refusal.
            ProblemDetail body = new ProblemDetail(type.uri(), title, status, detail, instance, code,
                    currentState, errors, new ProblemDetail.OpenAiError(detail, openAiType(status), code));
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
        }
        ProblemDetail body = new ProblemDetail(type.uri(), title, status, detail, instance, code,
                currentState, errors, null);
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(body).build();
    }

    static final String GATEWAY_PATH = "/gateway/";

    /** 401 with the {@code WWW-Authenticate} challenge of a bearer API. */
    public static Response unauthenticated(String instance) {
        return Response.fromResponse(response(ProblemType.UNAUTHENTICATED,
                        "send a valid, unexpired bearer token issued by the configured identity provider", instance,
                        "AUTH.UNAUTHENTICATED", null, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static List<ProblemDetail.FieldError> bounded(List<ProblemDetail.FieldError> errors) {
        if (errors == null) {
            return List.of();
        }
        return errors.stream().limit(MAX_ERRORS)
                .map(e -> new ProblemDetail.FieldError(Echo.limit(e.field(), MAX_FIELD),
                        Echo.limit(e.message(), MAX_MESSAGE)))
                .toList();
    }

    /** OpenAI's error types by status, so SDKs raise the matching exception class. */
    private static String openAiType(int status) {
        return switch (status) {
            case 400, 422 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 402 -> "insufficient_quota";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, detail, instance, null, null, List.of());
    }

    public static Response field(ProblemType type, String field, String message, String instance, String code) {
        return response(type, field + ": " + message, instance, code, null,
                List.of(new ProblemDetail.FieldError(field, message)));
    }
}

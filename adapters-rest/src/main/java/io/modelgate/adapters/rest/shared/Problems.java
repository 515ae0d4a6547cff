package io.modelgate.adapters.rest.shared;

import io.modelgate.adapters.rest.console.ConsoleProblem;
import io.modelgate.adapters.rest.console.ConsolePaths;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem responses; the one way the API says no. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, String instance, String code, String currentState,
                                    List<ProblemDetail.FieldError> errors) {
        if (ConsolePaths.isConsole(instance)) {
            // People read the console in a browser: the same refusal, as a page in their language.
            return Response.status(type.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(new ConsoleProblem(type.status(), type.title(), detail)).build();
        }
        if (instance != null && instance.startsWith(GATEWAY_PATH)) {
            // OpenAI's SDKs read error bodies only as application/json with an "error" object; the RFC 9457
            // members stay, so both kinds of client understand the refusal.
            ProblemDetail body = new ProblemDetail(type.uri(), type.title(), type.status(), detail, instance, code,
                    currentState, errors, new ProblemDetail.OpenAiError(detail, openAiType(type.status()), code));
            return Response.status(type.status()).type(MediaType.APPLICATION_JSON).entity(body).build();
        }
        ProblemDetail body = new ProblemDetail(type.uri(), type.title(), type.status(), detail, instance, code,
                currentState, errors, null);
        return Response.status(type.status()).type(ProblemDetail.MEDIA_TYPE).entity(body).build();
    }

    static final String GATEWAY_PATH = "/gateway/";

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

package io.modelgate.adapters.rest.shared;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem responses; the one way the API says no. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, String instance, String code, String currentState,
                                    List<ProblemDetail.FieldError> errors) {
        ProblemDetail body = new ProblemDetail(type.uri(), type.title(), type.status(), detail, instance, code,
                currentState, errors);
        return Response.status(type.status()).type(ProblemDetail.MEDIA_TYPE).entity(body).build();
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, detail, instance, null, null, List.of());
    }

    public static Response field(ProblemType type, String field, String message, String instance, String code) {
        return response(type, field + ": " + message, instance, code, null,
                List.of(new ProblemDetail.FieldError(field, message)));
    }
}

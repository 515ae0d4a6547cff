package io.modelgate.adapters.rest.shared;

/** Every problem type the API returns; the URIs are stable and documented in docs/api.md. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "The request cannot be read"),
    VALIDATION_FAILED(400, "The request is missing or misnames fields"),
    INVALID_VALUE(422, "A value breaks a rule"),
    UNKNOWN_REFERENCE(422, "The request refers to something that does not exist"),
    UNAUTHENTICATED(401, "A valid bearer token is required"),
    FORBIDDEN(403, "Your roles do not allow this"),
    NOT_FOUND(404, "Not found"),
    MISDIRECTED(421, "This host does not serve the console"),
    ALREADY_EXISTS(409, "Already exists"),
    ILLEGAL_STATE(409, "Not allowed in the current state"),
    CONCURRENT_UPDATE(409, "Someone else changed it first"),
    GATEWAY_REFUSED(403, "No approval allows this call"),
    BUDGET_EXCEEDED(402, "The budget cannot pay for this call"),
    PROVIDERS_UNAVAILABLE(503, "No approved provider could answer"),
    REQUEST_ID_IN_USE(409, "The request id names another call"),
    DATABASE_UNAVAILABLE(503, "ModelGate cannot reach its database; try again shortly"),
    PRECONDITION_FAILED(412, "The version you named is not the current one"),
    INTERNAL(500, "Unexpected error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "https://modelgate.dev/problems/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

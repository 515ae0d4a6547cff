package io.modelgate.domain.ledger;

import io.modelgate.domain.routing.RefusalReason;

/**
 * Why the gateway did not serve a call, one word per rule. {@link #code()} is the stable code callers
 * see ({@code GATEWAY.NO_APPROVAL}); the ledger records a refusal as {@code REFUSED_} and the word.
 */
public enum Refusal {
    NO_APPROVAL(Kind.NOT_ALLOWED),
    MODEL_NOT_APPROVED(Kind.NOT_ALLOWED),
    APPROVAL_REVOKED(Kind.NOT_ALLOWED),
    APPROVAL_SUSPENDED(Kind.NOT_ALLOWED),
    APPROVAL_EXPIRED(Kind.NOT_ALLOWED),
    CLASSIFICATION_NOT_COVERED(Kind.NOT_ALLOWED),
    TASK_NOT_COVERED(Kind.NOT_ALLOWED),
    MODEL_RETIRED(Kind.NOT_ALLOWED),
    CLASSIFICATION_NOT_ALLOWED(Kind.NOT_ALLOWED),
    /** The call's maximum cost does not fit under the month's hard limit. */
    BUDGET_EXCEEDED(Kind.BUDGET),
    /** The department has no budget for the month. */
    NO_BUDGET(Kind.BUDGET),
    /** The department's request id names a call that is in flight or was answered. */
    REQUEST_ID_IN_USE(Kind.CONFLICT),
    /** Every approved provider failed or is switched off; recorded as {@link CallOutcome#PROVIDER_ERROR}. */
    PROVIDERS_UNAVAILABLE(Kind.UNAVAILABLE);

    /** The family of a refusal: who can do something about it. */
    public enum Kind {
        /** No approval lets this department send this data to any model. */
        NOT_ALLOWED,
        /** The budget cannot pay for the call. */
        BUDGET,
        /** The request id is taken: send a new one. */
        CONFLICT,
        /** No provider could answer now: try again later. */
        UNAVAILABLE
    }

    private final Kind kind;

    Refusal(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The stable code, e.g. {@code GATEWAY.BUDGET_EXCEEDED}. */
    public String code() {
        return "GATEWAY." + name();
    }

    /** The routing rule's word. */
    public static Refusal of(RefusalReason reason) {
        return valueOf(reason.name());
    }
}

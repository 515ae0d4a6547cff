package io.modelgate.domain.shared;

/**
 * An unexpected problem with a stable code. Expected refusals are values (decisions with
 * reasons); these exceptions are for input the caller should not have sent, or a state that
 * forbids the command. The REST adapter maps each code to one problem type in one place.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable, documented code such as {@code MODEL.ILLEGAL_LIFECYCLE_TRANSITION}. */
    public String code() {
        return code;
    }
}

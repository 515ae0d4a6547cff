package io.modelgate.domain.shared;

/** A value object was given a value that breaks its rule; {@link #field()} names the culprit. */
public final class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super("VALUE.INVALID", field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}

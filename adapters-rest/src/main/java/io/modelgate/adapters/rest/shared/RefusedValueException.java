package io.modelgate.adapters.rest.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value in a JSON body that the reader refuses before anything uses it: a control character, an
 * exponent that would expand to millions of digits, a date PostgreSQL cannot store. Jackson adds the
 * path of the field, so the problem names it ({@code amount.amount}).
 */
public final class RefusedValueException extends MismatchedInputException {

    private final String reason;

    RefusedValueException(JsonParser parser, Class<?> target, String reason) {
        super(parser, reason, target);
        this.reason = reason;
    }

    /** Why the value is refused, without the field: "must not contain the control character U+0000 (character 2)". */
    public String reason() {
        return reason;
    }
}

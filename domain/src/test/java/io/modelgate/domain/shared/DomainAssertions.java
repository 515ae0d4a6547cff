package io.modelgate.domain.shared;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Assertions on the domain's exceptions, shared by the domain's unit tests. */
public final class DomainAssertions {

    private DomainAssertions() {
    }

    /**
     * Asserts that the call is refused with an {@link InvalidValueException} naming {@code field}
     * (the API shows the field to users) and returns it for further checks.
     */
    public static InvalidValueException assertInvalid(ThrowingCallable call, String field) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected an InvalidValueException on field '%s'", field)
                .isInstanceOf(InvalidValueException.class);
        InvalidValueException invalid = (InvalidValueException) thrown;
        assertThat(invalid.field()).as("field of: %s", invalid.getMessage()).isEqualTo(field);
        assertThat(invalid.code()).isEqualTo("VALUE.INVALID");
        assertThat(invalid.getMessage()).startsWith(field + ": ");
        return invalid;
    }

    /** Asserts that the call is refused with a {@link StateConflictException} and returns it. */
    public static StateConflictException assertConflict(ThrowingCallable call, String code, String currentState) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a StateConflictException %s", code)
                .isInstanceOf(StateConflictException.class);
        StateConflictException conflict = (StateConflictException) thrown;
        assertThat(conflict.code()).isEqualTo(code);
        assertThat(conflict.currentState()).isEqualTo(currentState);
        return conflict;
    }
}

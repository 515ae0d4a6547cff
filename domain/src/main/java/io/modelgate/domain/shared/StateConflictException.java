package io.modelgate.domain.shared;

/** The command is not allowed in the entity's current state (for example an illegal lifecycle move). */
public final class StateConflictException extends DomainException {

    private final String currentState;

    public StateConflictException(String code, String currentState, String message) {
        super(code, message);
        this.currentState = currentState;
    }

    public String currentState() {
        return currentState;
    }
}

package io.modelgate.application.shared;

import io.modelgate.domain.shared.DomainException;

/** A command refers to another entity that does not exist (a model naming an unknown license). */
public final class UnknownReferenceException extends DomainException {

    private final String field;

    public UnknownReferenceException(String field, String entity, Object id) {
        super("REFERENCE.UNKNOWN", field + " refers to " + entity + " '" + id + "', which does not exist");
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package io.modelgate.application.shared;

import io.modelgate.domain.shared.DomainException;

/** A create command named an id that is taken. */
public final class AlreadyExistsException extends DomainException {

    public AlreadyExistsException(String entity, Object id) {
        super(entity.toUpperCase(java.util.Locale.ROOT) + ".ALREADY_EXISTS", entity + " '" + id + "' already exists");
    }
}

package io.modelgate.application.shared;

import io.modelgate.domain.shared.DomainException;

/** The addressed entity does not exist (or the caller may not know that it does). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String entity, Object id) {
        super(entity.toUpperCase(java.util.Locale.ROOT) + ".NOT_FOUND", entity + " '" + id + "' does not exist");
    }
}

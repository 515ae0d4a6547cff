package io.modelgate.application.shared;

import io.modelgate.domain.shared.DomainException;

/** The caller is known but may not do this (for example: a requester whose token carries no department). */
public final class AccessRefusedException extends DomainException {

    public AccessRefusedException(String code, String message) {
        super(code, message);
    }
}

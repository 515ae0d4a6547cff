package io.modelgate.domain.approval;

import io.modelgate.domain.shared.DomainException;

/**
 * Code {@value #CODE}: only the requester may edit, submit or withdraw their usage request
 * (subjects are compared exactly, as the identity provider issues them).
 */
public final class NotRequesterException extends DomainException {

    public static final String CODE = "REQUEST.NOT_REQUESTER";

    NotRequesterException(String command, UsageRequestId request) {
        super(CODE, "only the requester may " + command + " usage request " + request);
    }
}

package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.shared.Echo;
import io.modelgate.application.shared.AccessRefusedException;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.approval.NotRequesterException;
import io.modelgate.domain.approval.ReviewRefusedException;
import io.modelgate.domain.shared.DomainException;
import io.modelgate.domain.shared.StateConflictException;

/**
 * A refused form, shown on the page that holds the form: the status (the same the API would answer)
 * and the domain's message. "Not found" is not a form problem: it goes on to the problem mapper.
 */
public record FormFailure(int status, String message, boolean stale) {

    /** A page never repeats more of the refused input than this (docs/api.md, "Hostile input"). */
    static final int MAX_MESSAGE = 1000;

    public static FormFailure of(DomainException e) {
        if (e instanceof NotFoundException notFound) {
            throw notFound;
        }
        if (e instanceof StaleVersionException) {
            return new FormFailure(409, Echo.limit(e.getMessage(), MAX_MESSAGE), true);
        }
        int status;
        if (e instanceof StateConflictException) {
            status = 409;
        } else if (e instanceof AccessRefusedException || e instanceof NotRequesterException) {
            status = 403;
        } else if (e instanceof ReviewRefusedException refused) {
            status = switch (refused.code()) {
                case ReviewRefusedException.ROLE_MISSING, ReviewRefusedException.FOUR_EYES -> 403;
                case ReviewRefusedException.COMMENT_REQUIRED -> 422;
                default -> 409;
            };
        } else {
            status = 422;
        }
        return new FormFailure(status, Echo.limit(e.getMessage(), MAX_MESSAGE), false);
    }

    public static FormFailure invalid(String message) {
        return new FormFailure(422, message, false);
    }
}

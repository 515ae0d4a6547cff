package io.modelgate.application.shared;

import io.modelgate.domain.shared.DomainException;

/**
 * The caller changed an entity based on a version that is no longer the current one: either the
 * version it named (If-Match) differs, or another writer committed first.
 */
public final class StaleVersionException extends DomainException {

    private final boolean announcedByCaller;

    private StaleVersionException(String message, boolean announcedByCaller) {
        super("VERSION.STALE", message);
        this.announcedByCaller = announcedByCaller;
    }

    /** The caller's expected version (If-Match) is not the stored one. */
    public static StaleVersionException expected(String entity, Object id, long expected, long actual) {
        return new StaleVersionException(entity + " '" + id + "' is at version " + actual
                + ", not " + expected + "; reload it and apply your change again", true);
    }

    /** Another writer committed between this command's read and its write. */
    public static StaleVersionException concurrent(String entity, Object id) {
        return new StaleVersionException(entity + " '" + id
                + "' was changed by someone else at the same time; reload it and apply your change again", false);
    }

    /** True when the caller named a version (a failed precondition, 412), false for a lost race (409). */
    public boolean announcedByCaller() {
        return announcedByCaller;
    }
}

package io.modelgate.adapters.persistence.shared;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying a statement that lost a deadlock or a serialization conflict: exponential
 * from 2 ms, capped, with jitter, so that the writers that collided do not collide again at once.
 */
public final class ConflictBackoff {

    private ConflictBackoff() {
    }

    /** The pause before retry number {@code attempt} (1 for the first), at most {@code capMillis}. */
    public static long millis(int attempt, long capMillis) {
        long ceiling = Math.min(capMillis, 2L << Math.min(attempt - 1, 16));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }
}

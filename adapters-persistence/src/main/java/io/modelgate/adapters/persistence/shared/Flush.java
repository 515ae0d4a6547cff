package io.modelgate.adapters.persistence.shared;

import io.modelgate.application.shared.StaleVersionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Flushes inside the adapter, so a lost optimistic-locking race surfaces here as the application's
 * {@link StaleVersionException} rather than as a persistence exception at commit.
 */
public final class Flush {

    private Flush() {
    }

    public static void now(EntityManager em, String entity, Object id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw StaleVersionException.concurrent(entity, id);
        }
    }
}

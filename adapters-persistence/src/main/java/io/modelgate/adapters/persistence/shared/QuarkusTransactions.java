package io.modelgate.adapters.persistence.shared;

import io.modelgate.application.shared.Transactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Supplier;

/**
 * {@link Transactions} with JTA: joins a running transaction, or begins one and commits at the end.
 * A database that cannot be reached surfaces as {@code StoreUnavailableException} (503), whatever
 * layer noticed it first; while it is known to be away ({@link StoreHealth}), at once.
 */
@ApplicationScoped
public class QuarkusTransactions implements Transactions {

    @Inject
    StoreHealth health;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        health.requireReachable();
        try {
            return QuarkusTransaction.joiningExisting().call(work::get);
        } catch (RuntimeException e) {
            if (StoreFailures.unavailable(e)) {
                health.suspect();
                throw StoreFailures.unavailableException(e);
            }
            throw e;
        }
    }

    @Override
    public void afterCompletion(Runnable action) {
        if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            action.run();
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}

package io.modelgate.adapters.persistence.shared;

import io.modelgate.application.shared.Transactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * {@link Transactions} with JTA: joins a running transaction, or begins one and commits at the end.
 * A database that cannot be reached surfaces as {@code StoreUnavailableException} (503), whatever
 * layer noticed it first.
 */
@ApplicationScoped
public class QuarkusTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return QuarkusTransaction.joiningExisting().call(work::get);
        } catch (RuntimeException e) {
            if (StoreFailures.unavailable(e)) {
                throw StoreFailures.unavailableException(e);
            }
            throw e;
        }
    }
}

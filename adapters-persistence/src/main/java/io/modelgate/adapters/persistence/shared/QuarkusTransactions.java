package io.modelgate.adapters.persistence.shared;

import io.modelgate.application.shared.Transactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/** {@link Transactions} with JTA: joins a running transaction, or begins one and commits at the end. */
@ApplicationScoped
public class QuarkusTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}

package io.modelgate.application.testing;

import io.modelgate.application.shared.Transactions;

/** Fake {@link Transactions}: runs the work and counts the units, so tests can see one per command. */
public final class DirectTransactions implements Transactions {

    private int units;

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        units++;
        return work.get();
    }

    public int units() {
        return units;
    }
}

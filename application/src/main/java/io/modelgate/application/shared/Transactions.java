package io.modelgate.application.shared;

import java.util.function.Supplier;

/**
 * Out-port: runs one use case's reads and writes as a single unit that commits or rolls back
 * together. Use cases call it explicitly, so the boundary is visible in the code that needs it.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code action} once the current transaction has ended, committed or rolled back (at once when
     * there is none): what others read after it sees the transaction's outcome.
     */
    default void afterCompletion(Runnable action) {
        action.run();
    }
}

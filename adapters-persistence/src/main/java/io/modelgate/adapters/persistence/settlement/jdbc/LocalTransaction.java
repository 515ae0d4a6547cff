package io.modelgate.adapters.persistence.settlement.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** One plain JDBC transaction on a pooled connection, outside JTA: committed, or rolled back and rethrown. */
final class LocalTransaction {

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private LocalTransaction() {
    }

    static <T> T run(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.apply(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException | AssertionError e) {
            // with assertions on, pgjdbc may fail a batch on a closed connection with an AssertionError
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is gone: nothing was committed
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a broken connection is discarded by the pool
            }
        }
    }
}

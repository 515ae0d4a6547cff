package io.modelgate.adapters.persistence.shared;

import io.modelgate.application.shared.StoreUnavailableException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;

/** Tells a database that cannot be reached from a statement that failed on its own merits. */
public final class StoreFailures {

    private StoreFailures() {
    }

    /**
     * True for connection failures (SQLState class 08), a server shutting down or starting (57P01–57P03),
     * the pool's acquisition timeout, socket errors and the driver's own assertion on a closed connection,
     * anywhere in the cause chain or among suppressed exceptions (a failed JTA commit carries the driver's
     * error as a suppressed one).
     */
    public static boolean unavailable(Throwable failure) {
        return unavailable(failure, 0);
    }

    private static boolean unavailable(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage());
                // Agroal: no pooled connection within the acquisition timeout (database away, or all busy)
                if (message.contains("Acquisition timeout") || message.contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof StoreUnavailableException) {
                return true;
            }
            // With assertions on (tests), pgjdbc fails a batch whose connection closed under it with an
            // AssertionError of its own instead of the connection's SQLException.
            if (t instanceof AssertionError && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith("org.postgresql.")) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (unavailable(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A failure that a retry of the same transaction may not meet again (deadlock, serialization). */
    public static boolean transientConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState())
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    public static StoreUnavailableException unavailableException(Throwable cause) {
        return cause instanceof StoreUnavailableException s ? s
                : new StoreUnavailableException("the database cannot be reached; nothing was changed", cause);
    }
}

package io.modelgate.application.gateway.port.out;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: budget reservations of gateway calls with their write-ahead row. Opening one is a single
 * atomic step — the budget's reserved counter, the in-flight row and the claim on the department's request
 * id together — taken before any provider is asked, so that no call reaches a provider without all three.
 * The rules are {@code BudgetState}'s; the adapter's statements are tested against it.
 */
public interface CallReservations {

    /** What opening a reservation came to: the statement itself says why it refused. */
    enum Opened {
        /** Reserved and written ahead: the provider may be asked. */
        OPENED,
        /** The month's hard limit cannot hold the call's maximum. */
        BUDGET_EXCEEDED,
        /** The department has no budget for the month. */
        NO_BUDGET,
        /** The department's request id names a call in flight or one already answered. */
        REQUEST_ID_IN_USE
    }

    /**
     * Reserves {@code call.reservedMicros()} on the month's budget and stores the in-flight row, or
     * neither. Throws {@code StoreUnavailableException} when the database cannot be reached.
     */
    Opened open(InFlightCall call);

    /** Gives an unused reservation back and removes its row; false when it was already settled or released. */
    boolean release(String reservationId);

    /**
     * In-flight rows that no running instance will settle, oldest first, at most {@code limit}: rows of
     * instances (other than this one) whose heartbeat is older than {@code silence}; rows of
     * {@code predecessor} (the process that used this instance's spool before it) only once its spool
     * was replayed, and then whatever its heartbeat says.
     */
    List<InFlightCall> abandoned(Duration silence, Optional<String> predecessor, boolean predecessorReplayed,
                                 int limit);
}

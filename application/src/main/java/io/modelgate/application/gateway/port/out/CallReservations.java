package io.modelgate.application.gateway.port.out;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: budget reservations of gateway calls with their write-ahead row. Opening one is a single
 * atomic step (the budget's reserved counter and the in-flight row together), taken before any
 * provider is asked, so that no call reaches a provider without both.
 */
public interface CallReservations {

    /**
     * Reserves {@code call.reservedMicros()} on the month's budget and stores the in-flight row, or
     * neither: false when the budget cannot pay (or the month has none). Throws
     * {@code StoreUnavailableException} when the database cannot be reached.
     */
    boolean open(InFlightCall call);

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

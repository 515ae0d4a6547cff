package io.modelgate.application.gateway.port.out;

import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.shared.Require;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What a finished call leaves to be written: the budget charge that closes its reservation, its
 * ledger line and its audit event. Applied exactly once: the charge only while the reservation is
 * still open, the ledger line and event only if no line with the request id exists yet.
 *
 * @param charge    closes a reservation (charged 0 gives it back whole); absent for calls that reserved nothing
 * @param usage     the ledger line; absent for a bare release
 * @param callEvent appended to the audit trail when the ledger line is stored (or, with no line, once)
 * @param softAlert appended when this charge makes the month's spending cross its soft threshold
 */
public record Settlement(Optional<Charge> charge, Optional<UsageRecord> usage, Optional<AuditEntry> callEvent,
                         Optional<AuditEntry> softAlert) {

    public Settlement {
        Require.present(charge, "charge");
        Require.present(usage, "usage");
        Require.present(callEvent, "callEvent");
        Require.present(softAlert, "softAlert");
        Require.that(charge.isPresent() || usage.isPresent() || callEvent.isPresent(), "settlement",
                "must charge or record something");
    }

    /** @param chargedMicros at most {@code reservedMicros}: the reservation bounds what a call may cost */
    public record Charge(String reservationId, DepartmentId department, YearMonth month, long reservedMicros,
                         long chargedMicros) {
        public Charge {
            Require.text(reservationId, "reservationId", 36);
            Require.present(department, "department");
            Require.present(month, "month");
            Require.nonNegative(reservedMicros, "reservedMicros");
            Require.nonNegative(chargedMicros, "chargedMicros");
            Require.that(chargedMicros <= reservedMicros, "chargedMicros", "must not exceed the reservation");
        }
    }

    /** For logs: the call's request id, or the reservation's id for a bare release. */
    public String requestId() {
        return usage.map(u -> u.requestId().value()).orElse(charge.map(Charge::reservationId).orElse("?"));
    }

    /** Gives a reservation back whole, with no ledger line (an attempt that no provider answered). */
    public static Settlement release(InFlightCall reserved) {
        return new Settlement(Optional.of(new Charge(reserved.reservationId(), reserved.department(),
                reserved.month(), reserved.reservedMicros(), 0)), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * An event with no ledger line: a call refused because its request id belongs to another call, whose line it
     * must not touch. Applied once: an event of the same entity, action and instant is not appended again.
     */
    public static Settlement eventOnly(AuditEntry event) {
        return new Settlement(Optional.empty(), Optional.empty(), Optional.of(event), Optional.empty());
    }

    /** A ledger line and its event for a call that reserved nothing (refused, or no provider answered). */
    public static Settlement unreserved(UsageRecord line, AuditEntry event) {
        return new Settlement(Optional.empty(), Optional.of(line), Optional.of(event), Optional.empty());
    }
}

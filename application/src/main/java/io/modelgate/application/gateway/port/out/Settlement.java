package io.modelgate.application.gateway.port.out;

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
 * @param callEvent appended to the audit trail when the ledger line is new
 * @param softAlert appended when this charge makes the month's spending cross its soft threshold
 */
public record Settlement(Optional<Charge> charge, Optional<UsageRecord> usage, Optional<AuditEntry> callEvent,
                         Optional<AuditEntry> softAlert) {

    public Settlement {
        Require.present(charge, "charge");
        Require.present(usage, "usage");
        Require.present(callEvent, "callEvent");
        Require.present(softAlert, "softAlert");
        Require.that(charge.isPresent() || usage.isPresent(), "settlement", "must charge or record something");
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

    public String requestId() {
        return usage.map(UsageRecord::requestId).orElse(charge.map(Charge::reservationId).orElse("?"));
    }
}

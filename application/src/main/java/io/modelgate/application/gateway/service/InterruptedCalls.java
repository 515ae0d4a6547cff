package io.modelgate.application.gateway.service;

import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.gateway.port.out.Settlements;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.domain.audit.AuditEntry;

import java.time.Clock;
import java.time.Duration;
import io.modelgate.domain.ledger.CallOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Settles calls whose instance died between the reservation and the settlement (kill -9, a crash, a
 * lost machine). Run after the instance's own spool was replayed, so what is left is a call whose
 * tokens nobody knows.
 *
 * <p>Policy: such a call is charged its whole reservation and recorded as {@code INTERRUPTED} with
 * {@code usage_reported = false} and no token counts. The reservation is the most the call could
 * cost, the provider most likely served and billed it, and charging it can never break the hard limit
 * (it was reserved within it). Releasing it instead would let a department's real spend exceed what
 * the ledger shows. The audit event names the caller and says the amount is the reservation.
 */
public final class InterruptedCalls {

    private static final int BATCH = 500;

    private final CallReservations reservations;
    private final Settlements settlements;
    private final Clock clock;

    public InterruptedCalls(CallReservations reservations, Settlements settlements, Clock clock) {
        this.reservations = reservations;
        this.settlements = settlements;
        this.clock = clock;
    }

    /**
     * Settles the in-flight calls of instances silent for longer than {@code silence}, and those of this
     * instance's predecessor once its spool was replayed; returns how many were handed over.
     */
    public int reconcile(Duration silence, Optional<String> predecessor, boolean predecessorReplayed) {
        Instant now = clock.instant();
        List<InFlightCall> calls = reservations.abandoned(silence, predecessor, predecessorReplayed, BATCH);
        for (InFlightCall call : calls) {
            settlements.submit(settlementOf(call, now));
        }
        return calls.size();
    }

    static Settlement settlementOf(InFlightCall call, Instant now) {
        UsageRecord record = UsageRecord.interrupted(call, now, 1);
        AuditEntry event = new AuditEntry(AuditEntry.SYSTEM, CallLedger.CALL, CallLedger.ENTITY,
                call.requestId().value(), now, CallOutcome.INTERRUPTED.name(), "call by " + call.caller() + " to " + call.model() + " " + call.deployment()
                + " was interrupted by the loss of its gateway instance; charged its reservation of "
                + call.reservedMicros() + " micro-" + call.currency().getCurrencyCode() + ", tokens unknown",
                Optional.of(call.department().value()));
        return new Settlement(Optional.of(new Settlement.Charge(call.reservationId(), call.department(), call.month(),
                call.reservedMicros(), call.reservedMicros())), Optional.of(record), Optional.of(event),
                Optional.empty());
    }
}

package io.modelgate.application.testing;

import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.gateway.port.out.Settlements;
import io.modelgate.domain.budget.BudgetState;
import io.modelgate.domain.budget.MicroAmount;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fake {@link Settlements}: applies each settlement at once and atomically, exactly once, as the adapter's
 * batch does — the charge only while its reservation is open (by {@code BudgetState}'s rules, with the soft
 * alert), the ledger line by the ledger's rule, and the events only for a line that was stored.
 */
public final class InMemorySettlements implements Settlements {

    private final InMemoryBudgets budgets;
    private final InMemoryCallReservations reservations;
    private final InMemoryUsageLedger ledger;
    private final InMemoryAuditTrail audit;
    private final List<Settlement> submitted = new ArrayList<>();

    public InMemorySettlements(InMemoryBudgets budgets, InMemoryCallReservations reservations,
                               InMemoryUsageLedger ledger, InMemoryAuditTrail audit) {
        this.budgets = budgets;
        this.reservations = reservations;
        this.ledger = ledger;
        this.audit = audit;
    }

    @Override
    public void submit(Settlement settlement) {
        synchronized (budgets) {
            submitted.add(settlement);
            boolean stored = settlement.usage().map(ledger::record).orElseGet(() -> settlement.callEvent()
                    .filter(event -> audit.events().stream().noneMatch(e -> e.entityType().equals(event.entityType())
                            && e.entityId().equals(event.entityId()) && e.action().equals(event.action())
                            && e.occurredAt().equals(event.occurredAt().truncatedTo(ChronoUnit.MICROS)))).isPresent());
            if (stored) {
                settlement.callEvent().ifPresent(audit::record);
            }
            settlement.charge().ifPresent(charge -> {
                InFlightCall call = reservations.close(charge.reservationId());
                if (call == null) {
                    return; // settled or released before: applied once
                }
                Instant at = settlement.softAlert().map(e -> e.occurredAt()).orElse(call.startedAt());
                boolean alerted = budgets.step(charge.department(), charge.month(), at, state -> {
                    BudgetState settled = state.settle(micros(charge.reservedMicros(), call),
                            micros(charge.chargedMicros(), call));
                    Optional<BudgetState> alert = charge.chargedMicros() > 0 && settlement.softAlert().isPresent()
                            ? settled.markSoftAlert() : Optional.empty();
                    return new InMemoryBudgets.Step<>(alert.isPresent(), Optional.of(alert.orElse(settled)));
                }).orElse(false);
                if (alerted) {
                    settlement.softAlert().ifPresent(audit::record);
                }
            });
        }
    }

    /** Everything submitted so far, in order. */
    public List<Settlement> submitted() {
        synchronized (budgets) {
            return List.copyOf(submitted);
        }
    }

    private static MicroAmount micros(long micros, InFlightCall call) {
        return new MicroAmount(micros, call.currency());
    }
}

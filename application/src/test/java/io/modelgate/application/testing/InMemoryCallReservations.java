package io.modelgate.application.testing;

import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.domain.budget.MicroAmount;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.RequestId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fake {@link CallReservations} over {@link InMemoryBudgets}: opening reserves by {@code BudgetState}'s rule
 * and keeps the in-flight row, refusing a request id of the department that is in flight or taken in the
 * {@link InMemoryUsageLedger} — all under the budgets' lock, as atomic as the adapter's one statement.
 */
public final class InMemoryCallReservations implements CallReservations {

    private final InMemoryBudgets budgets;
    private final InMemoryUsageLedger ledger;
    private final Map<String, InFlightCall> open = new LinkedHashMap<>();
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();

    public InMemoryCallReservations(InMemoryBudgets budgets, InMemoryUsageLedger ledger) {
        this.budgets = budgets;
        this.ledger = ledger;
    }

    @Override
    public Opened open(InFlightCall call) {
        synchronized (budgets) {
            if (inFlight(call.department(), call.requestId()) || ledger.takes(call.department(), call.requestId())) {
                return Opened.REQUEST_ID_IN_USE;
            }
            MicroAmount maximum = new MicroAmount(call.reservedMicros(), call.currency());
            Optional<Boolean> reserved = budgets.step(call.department(), call.month(), call.startedAt(), state -> {
                var next = state.reserve(maximum);
                return new InMemoryBudgets.Step<>(next.isPresent(), next);
            });
            if (reserved.isEmpty()) {
                return Opened.NO_BUDGET;
            }
            if (!reserved.get()) {
                return Opened.BUDGET_EXCEEDED;
            }
            open.put(call.reservationId(), call);
            return Opened.OPENED;
        }
    }

    @Override
    public boolean release(String reservationId) {
        synchronized (budgets) {
            InFlightCall call = close(reservationId);
            if (call == null) {
                return false;
            }
            budgets.step(call.department(), call.month(), call.startedAt(), state -> new InMemoryBudgets.Step<>(true,
                    Optional.of(state.release(new MicroAmount(call.reservedMicros(), call.currency())))));
            return true;
        }
    }

    @Override
    public List<InFlightCall> abandoned(Duration silence, Optional<String> predecessor, boolean predecessorReplayed,
                                        int limit) {
        synchronized (budgets) {
            List<InFlightCall> found = new ArrayList<>();
            for (InFlightCall call : open.values()) {
                if (abandoned.contains(call.reservationId())) {
                    found.add(call);
                }
            }
            found.sort(Comparator.comparing(InFlightCall::startedAt));
            return found.subList(0, Math.min(limit, found.size()));
        }
    }

    /** Test hook: the instance that opened this reservation is dead, so reconciliation takes it. */
    public void abandon(String reservationId) {
        abandoned.add(reservationId);
    }

    /** The calls in flight now. */
    public List<InFlightCall> inFlight() {
        synchronized (budgets) {
            return List.copyOf(open.values());
        }
    }

    /** Removes the row; the caller holds the budgets' lock. */
    InFlightCall close(String reservationId) {
        abandoned.remove(reservationId);
        return open.remove(reservationId);
    }

    private boolean inFlight(DepartmentId department, RequestId requestId) {
        return open.values().stream().anyMatch(c -> c.department().equals(department) && c.requestId().equals(requestId));
    }
}

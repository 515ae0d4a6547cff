package io.modelgate.application.testing;

import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.budget.BudgetState;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.shared.InvalidValueException;

import java.math.BigInteger;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fake {@link Budgets}: the rows in a map, every method synchronized, so each change is as atomic as
 * the PostgreSQL adapter's statements. Follows BudgetsContract, including forgetting the soft alert when a
 * new threshold lies above what is spent. The gateway's counters move only through {@link #step}, by the
 * rules of {@link BudgetState}.
 */
public final class InMemoryBudgets implements Budgets {

    private record Key(DepartmentId department, YearMonth month) {
    }

    private final Map<Key, Budget> rows = new HashMap<>();

    @Override
    public synchronized Optional<Budget> find(DepartmentId department, YearMonth month) {
        return Optional.ofNullable(rows.get(new Key(department, month)));
    }

    @Override
    public synchronized List<Budget> ofDepartment(DepartmentId department) {
        return rows.values().stream().filter(b -> b.department().equals(department))
                .sorted(Comparator.comparing(Budget::month)).toList();
    }

    @Override
    public synchronized Budget save(Budget budget) {
        Key key = new Key(budget.department(), budget.month());
        Budget current = rows.get(key);
        String id = budget.department() + "/" + budget.month();
        if (current == null) {
            if (budget.version() != 0) {
                throw StaleVersionException.concurrent("budget", id);
            }
            return put(key, budget, 0, 0, Optional.empty(), 0);
        }
        long used = current.spentMicros() + current.reservedMicros();
        if (current.version() != budget.version()) {
            throw StaleVersionException.concurrent("budget", id);
        }
        if (used > budget.hardLimitMicros()) {
            throw new InvalidValueException("hardLimit", "is below what " + budget.department()
                    + " has already spent and reserved in " + budget.month());
        }
        if (!current.amount().currency().equals(budget.amount().currency()) && used > 0) {
            throw new InvalidValueException("amount.currency", "cannot change once money is spent or reserved");
        }
        boolean stillReached = softThresholdReached(current.spentMicros(), budget.amountMicros(),
                budget.softAlertPercent());
        return put(key, budget, current.spentMicros(), current.reservedMicros(),
                stillReached ? current.softAlertedAt() : Optional.empty(), current.version() + 1);
    }

    /**
     * The gateway's counter steps, for the gateway fakes ({@link InMemoryCallReservations},
     * {@link InMemorySettlements}): applies {@code step} to the month's {@link BudgetState} — the money rules —
     * and stores the result, atomically; empty (and nothing changed) when the month has no budget.
     */
    synchronized <T> Optional<T> step(DepartmentId department, YearMonth month, Instant at,
                                      java.util.function.Function<BudgetState, Step<T>> step) {
        Budget b = rows.get(new Key(department, month));
        if (b == null) {
            return Optional.empty();
        }
        Step<T> done = step.apply(b.state());
        done.next().ifPresent(next -> counters(b, next.spent().micros(), next.reserved().micros(),
                next.softAlerted() ? b.softAlertedAt().or(() -> Optional.of(at.truncatedTo(ChronoUnit.MICROS)))
                        : Optional.empty()));
        return Optional.of(done.result());
    }

    /** What a step gives back, and the state to store (none: unchanged). */
    record Step<T>(T result, Optional<BudgetState> next) {
    }

    private static boolean softThresholdReached(long spentMicros, long amountMicros, int percent) {
        return spentMicros > 0 && BigInteger.valueOf(spentMicros).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(amountMicros).multiply(BigInteger.valueOf(percent))) >= 0;
    }

    private void counters(Budget b, long spent, long reserved, Optional<Instant> alertedAt) {
        put(new Key(b.department(), b.month()), b, spent, reserved, alertedAt, b.version());
    }

    private Budget put(Key key, Budget settings, long spent, long reserved, Optional<Instant> alertedAt, long version) {
        Budget stored = new Budget(settings.department(), settings.month(), settings.amount(),
                settings.softAlertPercent(), settings.hardLimit(), spent, reserved, alertedAt, version);
        rows.put(key, stored);
        return stored;
    }
}

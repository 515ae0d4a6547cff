package io.modelgate.application.testing;

import io.modelgate.application.budget.port.out.Budget;
import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.shared.StateConflictException;

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
 * the PostgreSQL adapter's conditional statements. Follows BudgetsContract to the letter, including
 * capping a settlement at the hard limit and forgetting the soft alert when a new threshold lies above
 * what is spent.
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

    @Override
    public synchronized boolean reserve(DepartmentId department, YearMonth month, long micros) {
        Require.nonNegative(micros, "micros");
        Budget b = rows.get(new Key(department, month));
        if (b == null || b.reservedMicros() > b.hardLimitMicros() - b.spentMicros() - micros) {
            return false;
        }
        counters(b, b.spentMicros(), b.reservedMicros() + micros, b.softAlertedAt());
        return true;
    }

    @Override
    public synchronized void settle(DepartmentId department, YearMonth month, long reservedMicros, long spentMicros) {
        Require.nonNegative(reservedMicros, "reservedMicros");
        Require.nonNegative(spentMicros, "spentMicros");
        Budget b = reserved(department, month, reservedMicros);
        long reservedAfter = b.reservedMicros() - reservedMicros;
        long room = b.hardLimitMicros() - reservedAfter - b.spentMicros();
        long spentAfter = spentMicros <= room ? b.spentMicros() + spentMicros : b.hardLimitMicros() - reservedAfter;
        counters(b, spentAfter, reservedAfter, b.softAlertedAt());
    }

    @Override
    public synchronized void release(DepartmentId department, YearMonth month, long reservedMicros) {
        Require.nonNegative(reservedMicros, "reservedMicros");
        Budget b = reserved(department, month, reservedMicros);
        counters(b, b.spentMicros(), b.reservedMicros() - reservedMicros, b.softAlertedAt());
    }

    @Override
    public synchronized boolean markSoftAlert(DepartmentId department, YearMonth month, Instant at) {
        Require.present(at, "at");
        Budget b = rows.get(new Key(department, month));
        if (b == null || b.softAlertedAt().isPresent()
                || !softThresholdReached(b.spentMicros(), b.amountMicros(), b.softAlertPercent())) {
            return false;
        }
        counters(b, b.spentMicros(), b.reservedMicros(), Optional.of(at.truncatedTo(ChronoUnit.MICROS)));
        return true;
    }

    private static boolean softThresholdReached(long spentMicros, long amountMicros, int percent) {
        return spentMicros > 0 && BigInteger.valueOf(spentMicros).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(amountMicros).multiply(BigInteger.valueOf(percent))) >= 0;
    }

    private Budget reserved(DepartmentId department, YearMonth month, long micros) {
        Budget b = rows.get(new Key(department, month));
        if (b == null || b.reservedMicros() < micros) {
            throw new StateConflictException("BUDGET.NOT_RESERVED", null, department + " has no budget for " + month
                    + ", or less than " + micros + " micro-units reserved in it; nothing was changed");
        }
        return b;
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

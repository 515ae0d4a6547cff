package io.modelgate.application.testing;

import io.modelgate.application.approval.port.out.RemainingBudgets;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fake {@link RemainingBudgets}, settable: either what remains directly ({@link #set}), or a budget's
 * figures ({@link #budget}) from which it works out what remains as the PostgreSQL adapter does
 * (see RemainingBudgetsContract). Nothing set means no budget.
 */
public final class InMemoryRemainingBudgets implements RemainingBudgets {

    private record Key(DepartmentId department, YearMonth month) {
    }

    private final Map<Key, Money> remaining = new HashMap<>();

    @Override
    public synchronized Optional<Money> remaining(DepartmentId department, YearMonth month) {
        return Optional.ofNullable(remaining.get(new Key(department, month)));
    }

    /** The department has this much left in the month. */
    public synchronized InMemoryRemainingBudgets set(DepartmentId department, YearMonth month, Money left) {
        remaining.put(new Key(department, month), left);
        return this;
    }

    /** The department's budget for the month: what remains is amount − spent − reserved, never below zero. */
    public synchronized InMemoryRemainingBudgets budget(DepartmentId department, YearMonth month, Money amount,
                                                        Money spent, Money reserved) {
        Money left = amount.minus(spent.plus(reserved));
        return set(department, month, left.isNegative() ? Money.zero(amount.currency()) : left);
    }

    /** The department has no budget for the month. */
    public synchronized InMemoryRemainingBudgets clear(DepartmentId department, YearMonth month) {
        remaining.remove(new Key(department, month));
        return this;
    }
}

package io.modelgate.adapters.persistence.budget;

import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;

import java.time.YearMonth;
import java.util.Optional;

/** Translates between budget rows and the port's {@link Budget}; the only place that knows both. */
final class BudgetMapper {

    private BudgetMapper() {
    }

    static Budget toDomain(BudgetEntity e) {
        return new Budget(new DepartmentId(e.department), YearMonth.parse(e.month),
                Money.ofMinor(e.amountMinor, e.currency), e.softAlertPercent, Money.ofMinor(e.hardLimitMinor, e.currency),
                e.spentMicros, e.reservedMicros, Optional.ofNullable(e.softAlertedAt), e.version);
    }

    static BudgetEntity.Key key(DepartmentId department, YearMonth month) {
        return new BudgetEntity.Key(department.value(), month.toString());
    }
}

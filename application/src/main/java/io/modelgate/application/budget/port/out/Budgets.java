package io.modelgate.application.budget.port.out;

import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.domain.department.DepartmentId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: monthly budgets, their settings and their counters. The counters move only through the
 * gateway's reservations and settlements ({@code CallReservations}, {@code Settlements}), by the rules of
 * {@code BudgetState}.
 */
public interface Budgets {

    Optional<Budget> find(DepartmentId department, YearMonth month);

    List<Budget> ofDepartment(DepartmentId department);

    /**
     * Creates the month's budget (version 0) or changes its amount, threshold and hard limit (optimistic:
     * {@code budget.version()} must be the stored one). Spent and reserved are never taken from the argument.
     * Counter changes do not move the version. A hard limit below spent + reserved is refused
     * ({@code InvalidValueException} on {@code hardLimit}); so is another currency once anything is spent
     * or reserved. A recorded soft alert is forgotten when the new threshold lies above what is spent.
     */
    Budget save(Budget budget);
}

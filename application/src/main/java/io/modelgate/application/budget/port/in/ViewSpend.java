package io.modelgate.application.budget.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.department.DepartmentId;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Use case: where a department stands in a month — its budget's counters and alerts, and what the
 * usage ledger says it spent on each model. Readable by whoever may read the department's budget.
 */
public interface ViewSpend {

    /** {@code month} absent: the current month in the budget zone. */
    SpendView view(Actor actor, DepartmentId department, Optional<YearMonth> month);
}

package io.modelgate.application.approval.port.out;

import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;

import java.time.YearMonth;
import java.util.Optional;

/** Out-port: what is left of a department's budget for a month (absent when no budget is set). */
public interface RemainingBudgets {

    Optional<Money> remaining(DepartmentId department, YearMonth month);
}

package io.modelgate.application.budget.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.department.DepartmentId;

import java.time.YearMonth;
import java.util.List;

/**
 * Use case: read budgets. Admins, finance reviewers and auditors read every department's; a requester
 * their own department's. Another department's budget is answered as if it did not exist.
 */
public interface FindBudgets {

    /** @throws io.modelgate.application.shared.NotFoundException when there is none, or the caller may not see it */
    Budget get(Actor actor, DepartmentId department, YearMonth month);

    /** The department's budgets, oldest month first. */
    List<Budget> ofDepartment(Actor actor, DepartmentId department);
}

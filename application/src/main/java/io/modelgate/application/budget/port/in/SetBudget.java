package io.modelgate.application.budget.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.Require;

import java.time.YearMonth;
import java.util.OptionalLong;

/**
 * Use case: an admin sets a department's budget for a month — creates it, or changes its amount, soft
 * alert threshold and hard limit, optionally only if it is still at a known version. What was spent and
 * reserved stays; a hard limit below it is refused.
 */
public interface SetBudget {

    Budget set(Command command);

    record Command(Actor actor, DepartmentId department, YearMonth month, Money amount, int softAlertPercent,
                   Money hardLimit, OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(department, "department");
            Require.present(month, "month");
            Require.that(month.getYear() >= 1 && month.getYear() <= 9999, "month", "must be in the years 0001 to 9999");
            Require.present(amount, "amount");
            Require.present(hardLimit, "hardLimit");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}

package io.modelgate.application.budget.port.in;

import io.modelgate.application.gateway.port.in.SpendLine;
import io.modelgate.application.shared.Actor;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.shared.Require;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Use case: admins, finance reviewers and auditors see what was spent per department, model and month
 * (months in the budget zone), optionally for one department or one month.
 */
public interface ReportSpend {

    SpendReport report(Actor actor, Optional<DepartmentId> department, Optional<YearMonth> month);

    record SpendReport(ZoneId zone, Optional<DepartmentId> department, Optional<YearMonth> month,
                       List<SpendLine> lines) {
        public SpendReport {
            Require.present(zone, "zone");
            Require.present(department, "department");
            Require.present(month, "month");
            lines = List.copyOf(lines);
        }
    }
}

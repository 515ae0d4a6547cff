package io.modelgate.application.budget.port.in;

import io.modelgate.application.gateway.port.in.SpendLine;
import io.modelgate.domain.budget.BudgetState;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A department's month: the budget, if one is set, with its alerts, and the ledger's spend per model
 * (months counted in {@code zone}). The budget's counters are what the gateway enforces; the ledger lines
 * are the detail behind them.
 */
public record SpendView(DepartmentId department, YearMonth month, ZoneId zone, Optional<Budget> budget,
                        List<SpendLine> byModel) {

    public SpendView {
        Require.present(department, "department");
        Require.present(month, "month");
        Require.present(zone, "zone");
        Require.present(budget, "budget");
        byModel = List.copyOf(byModel);
    }

    public Optional<Alerts> alerts() {
        return budget.map(Alerts::of);
    }

    /**
     * Where spending stands against the thresholds.
     *
     * @param softThresholdMicros  the soft alert threshold: the amount × the percentage (rounded up to a micro-unit)
     * @param softThresholdReached what is spent has reached the threshold (reservations do not count)
     * @param softAlertedAt        when the gateway recorded the crossing, if it did
     * @param headroomMicros       what the gateway may still reserve: hard limit − spent − reserved
     * @param hardLimitReached     nothing more can be reserved
     */
    public record Alerts(long softThresholdMicros, boolean softThresholdReached, Optional<Instant> softAlertedAt,
                         long headroomMicros, boolean hardLimitReached) {

        public static Alerts of(Budget b) {
            BudgetState state = b.state();
            long headroom = state.headroom().micros();
            return new Alerts(state.softAlertThreshold().micros(), state.spent().micros() > 0
                    && state.softThresholdReached(), b.softAlertedAt(), headroom, headroom <= 0);
        }
    }
}

package io.modelgate.application.testing;

import io.modelgate.application.approval.port.out.RemainingBudgets;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link RemainingBudgets} must do: what is left of a department's budget for a month
 * is the amount minus what was spent and what is reserved, in the budget's currency, never below
 * zero; nothing when the department has no budget for that month.
 */
public abstract class RemainingBudgetsContract {

    protected abstract RemainingBudgets remainingBudgets();

    protected abstract Transactions transactions();

    /** Sets the department's budget for the month (in minor units); the hard limit is never below spent + reserved. */
    protected abstract void budget(DepartmentId department, YearMonth month, String currency, long amountMinor,
                                   long spentMinor, long reservedMinor);

    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    private DepartmentId department;

    @BeforeEach
    void aDepartmentOfItsOwn() {
        department = ApprovalContractSamples.uniqueDepartment();
    }

    private Optional<Money> remaining(DepartmentId of, YearMonth month) {
        return transactions().inTransaction(() -> remainingBudgets().remaining(of, month));
    }

    @Test
    void no_budget_set_means_nothing_is_known() {
        assertThat(remaining(department, APRIL)).isEmpty();
    }

    @Test
    void what_remains_is_the_amount_less_spent_and_reserved_in_the_budget_currency() {
        budget(department, APRIL, "JPY", 1_000_000, 250_000, 50_000);
        assertThat(remaining(department, APRIL)).contains(Money.ofMinor(700_000, "JPY"));
    }

    @Test
    void an_untouched_budget_remains_whole_in_its_own_currency() {
        budget(department, APRIL, "USD", 123_456, 0, 0);
        assertThat(remaining(department, APRIL)).contains(Money.of("1234.56", "USD"));
    }

    @Test
    void a_budget_counts_for_its_month_and_department_only() {
        budget(department, APRIL, "JPY", 1_000_000, 0, 0);
        budget(department, APRIL.plusMonths(1), "JPY", 2_000_000, 0, 0);
        assertThat(remaining(department, APRIL.minusMonths(1))).isEmpty();
        assertThat(remaining(department, APRIL.plusMonths(1))).contains(Money.ofMinor(2_000_000, "JPY"));
        assertThat(remaining(department, YearMonth.of(2026, 4))).isEmpty();
        assertThat(remaining(ApprovalContractSamples.uniqueDepartment(), APRIL)).isEmpty();
    }

    @Test
    void spending_past_the_amount_leaves_zero_not_a_negative_amount() {
        budget(department, APRIL, "JPY", 1_000_000, 900_000, 150_000);
        assertThat(remaining(department, APRIL)).contains(Money.zero(Money.currency("JPY")));
        budget(department, APRIL.plusMonths(1), "JPY", 1_000_000, 1_000_000, 0);
        assertThat(remaining(department, APRIL.plusMonths(1))).contains(Money.zero(Money.currency("JPY")));
    }
}

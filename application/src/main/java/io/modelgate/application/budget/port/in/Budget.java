package io.modelgate.application.budget.port.in;

import io.modelgate.domain.budget.BudgetState;
import io.modelgate.domain.budget.MicroAmount;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Optional;

/**
 * A department's budget for one month. Amount and hard limit are exact money; what is spent and
 * reserved counts in millionths of the currency unit (micro-yen), because one gateway call costs a
 * fraction of a yen.
 *
 * @param softAlertPercent at this share of the amount spent, an alert is recorded once for the month
 * @param hardLimit        the gateway refuses a call whose reservation would pass it
 */
public record Budget(DepartmentId department, YearMonth month, Money amount, int softAlertPercent, Money hardLimit,
                     long spentMicros, long reservedMicros, Optional<Instant> softAlertedAt, long version) {

    public Budget {
        Require.present(department, "department");
        Require.present(month, "month");
        Require.present(amount, "amount");
        Require.that(!amount.isNegative(), "amount", "must not be negative");
        Require.that(softAlertPercent >= 1 && softAlertPercent <= 100, "softAlertPercent", "must be between 1 and 100");
        Require.present(hardLimit, "hardLimit");
        Require.that(hardLimit.currency().equals(amount.currency()), "hardLimit", "must be in the amount's currency");
        Require.that(hardLimit.compareTo(amount) >= 0, "hardLimit", "must be at least the amount");
        Require.nonNegative(spentMicros, "spentMicros");
        Require.nonNegative(reservedMicros, "reservedMicros");
        Require.present(softAlertedAt, "softAlertedAt");
    }

    /** The counters as the money rules see them ({@link BudgetState}, the one home of those rules). */
    public BudgetState state() {
        Currency currency = amount.currency();
        return new BudgetState(amount, softAlertPercent, hardLimit, new MicroAmount(spentMicros, currency),
                new MicroAmount(reservedMicros, currency), softAlertedAt.isPresent());
    }

    public long hardLimitMicros() {
        return MicroAmount.fromMoney(hardLimit).micros();
    }

    public long amountMicros() {
        return MicroAmount.fromMoney(amount).micros();
    }

    /** What is left of the amount: amount − spent − reserved, never below zero. */
    public long remainingMicros() {
        return state().remaining().micros();
    }

    /** What the gateway may still reserve: hard limit − spent − reserved. */
    public long headroomMicros() {
        return state().headroom().micros();
    }
}

package io.modelgate.application.budget.port.out;

import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.time.YearMonth;
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

    /** Millionths of the currency unit per minor unit: 1,000,000 for JPY, 10,000 for USD. */
    public static long microsPerMinor(java.util.Currency currency) {
        return java.math.BigInteger.TEN.pow(6 - currency.getDefaultFractionDigits()).longValueExact();
    }

    public long hardLimitMicros() {
        return Math.multiplyExact(hardLimit.minorUnits(), microsPerMinor(hardLimit.currency()));
    }

    public long amountMicros() {
        return Math.multiplyExact(amount.minorUnits(), microsPerMinor(amount.currency()));
    }

    public long remainingMicros() {
        return Math.max(0, amountMicros() - spentMicros - reservedMicros);
    }
}

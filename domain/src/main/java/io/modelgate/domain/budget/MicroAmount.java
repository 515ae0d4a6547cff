package io.modelgate.domain.budget;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An exact amount in millionths of a currency's major unit: 1 JPY = 1,000,000 micro-yen, 1 USD =
 * 1,000,000 micro-dollars (a cent is 10,000). The ledger and the budgets count in micro-units because
 * one call costs a fraction of the minor unit (1,000 input tokens of GPT-4o: $0.0025, ¥0.375); summing
 * minor units rounded per call would drift. May be negative (a difference); never floating point.
 *
 * <p>Arithmetic is exact: a result beyond a {@code long} is an {@link InvalidValueException} on
 * {@code amount}, never a silent wrap-around. Amounts of different currencies never mix.
 */
public record MicroAmount(long micros, Currency currency) implements Comparable<MicroAmount> {

    /** Micro-units per major unit of any currency. */
    public static final long MICROS_PER_UNIT = 1_000_000L;
    /** Fraction digits of a micro-unit: six. */
    public static final int SCALE = 6;

    public MicroAmount {
        Require.present(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        Require.that(digits >= 0 && digits <= SCALE, "currency",
                currency.getCurrencyCode() + " has no minor unit that divides into micro-units");
    }

    public static MicroAmount zero(Currency currency) {
        return new MicroAmount(0, currency);
    }

    public static MicroAmount ofMicros(long micros, String currencyCode) {
        return new MicroAmount(micros, Money.currency(currencyCode));
    }

    /** The same amount, exactly: ¥1 → 1,000,000 micro-yen, $0.01 → 10,000 micro-dollars. */
    public static MicroAmount fromMoney(Money money) {
        Require.present(money, "amount");
        try {
            return new MicroAmount(Math.multiplyExact(money.minorUnits(), microsPerMinorUnit(money.currency())),
                    money.currency());
        } catch (ArithmeticException e) {
            throw tooLarge(money.toDecimal(), money.currency());
        }
    }

    /**
     * Rounds an exact number of micro-units once, HALF_UP (half a micro-unit goes up), the one rounding
     * rule of call costs.
     */
    static MicroAmount roundHalfUp(BigDecimal exactMicros, Currency currency) {
        BigDecimal rounded = exactMicros.setScale(0, RoundingMode.HALF_UP);
        try {
            return new MicroAmount(rounded.longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw tooLarge(rounded.movePointLeft(SCALE), currency);
        }
    }

    /**
     * Whole minor units, rounded towards negative infinity: 1.9999 JPY → ¥1, what was certainly spent.
     * Exact whenever the amount came from {@link #fromMoney}.
     */
    public Money toMoneyFloor() {
        return new Money(Math.floorDiv(micros, microsPerMinorUnit(currency)), currency);
    }

    /** The amount in major units, with six fraction digits. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(micros, SCALE);
    }

    public MicroAmount plus(MicroAmount other) {
        sameCurrency(other);
        try {
            return new MicroAmount(Math.addExact(micros, other.micros), currency);
        } catch (ArithmeticException e) {
            throw tooLarge(toDecimal().add(other.toDecimal()), currency);
        }
    }

    public MicroAmount minus(MicroAmount other) {
        sameCurrency(other);
        try {
            return new MicroAmount(Math.subtractExact(micros, other.micros), currency);
        } catch (ArithmeticException e) {
            throw tooLarge(toDecimal().subtract(other.toDecimal()), currency);
        }
    }

    public boolean isNegative() {
        return micros < 0;
    }

    public boolean isZero() {
        return micros == 0;
    }

    public boolean isPositive() {
        return micros > 0;
    }

    @Override
    public int compareTo(MicroAmount other) {
        sameCurrency(other);
        return Long.compare(micros, other.micros);
    }

    /**
     * Plain decimal and currency code, with at least the currency's own fraction digits and no
     * trailing zeros beyond them: {@code 1.125 JPY}, {@code 0.0075 USD}, {@code 12.50 USD}, {@code 150 JPY}.
     */
    public String format() {
        BigDecimal value = toDecimal().stripTrailingZeros();
        int digits = currency.getDefaultFractionDigits();
        if (value.scale() < digits) {
            value = value.setScale(digits);
        }
        return value.toPlainString() + " " + currency.getCurrencyCode();
    }

    @Override
    public String toString() {
        return format();
    }

    private static long microsPerMinorUnit(Currency currency) {
        long factor = 1;
        for (int i = currency.getDefaultFractionDigits(); i < SCALE; i++) {
            factor *= 10;
        }
        return factor;
    }

    private void sameCurrency(MicroAmount other) {
        Require.present(other, "amount");
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("currency",
                    "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
    }

    private static InvalidValueException tooLarge(BigDecimal majorUnits, Currency currency) {
        return new InvalidValueException("amount", majorUnits.stripTrailingZeros().toPlainString() + " "
                + currency.getCurrencyCode() + " is beyond what micro-units can hold (about ±9.2 trillion units)");
    }
}

package io.modelgate.domain.money;

import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An exact amount: a whole number of the currency's minor units (cents for USD, yen for JPY).
 * Never floating point. Amounts of different currencies never mix without an explicit rate.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    private static final int MAX_SHOWN_DIGITS = 40;

    public Money {
        Require.present(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidValueException("currency", currency + " has no minor unit");
        }
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Parses a plain decimal such as {@code 2.50}. Trailing zeros are fine ({@code 2.500}); a non-zero
     * digit beyond the currency's minor unit, or an exponent, is an error.
     */
    public static Money of(String decimal, String currencyCode) {
        Currency currency = currency(currencyCode);
        String text = Require.text(decimal, "amount", 40);
        if (!text.matches("[+-]?\\d+(\\.\\d+)?")) {
            throw new InvalidValueException("amount", "is not a decimal number: " + decimal);
        }
        return fromDecimal(new BigDecimal(text), currency);
    }

    public static Money fromDecimal(BigDecimal amount, Currency currency) {
        Require.present(amount, "amount");
        Require.present(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidValueException("currency", currency + " has no minor unit");
        }
        try {
            return new Money(amount.movePointRight(currency.getDefaultFractionDigits())
                    .longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("amount", shown(amount)
                    + " has more than " + currency.getDefaultFractionDigits()
                    + " fraction digits for " + currency.getCurrencyCode() + ", or is too large");
        }
    }

    /**
     * The amount as a message may quote it: written out only when that is short. {@code 1e-10000000}
     * written out is ten million digits (it once made a 20-megabyte answer); it is quoted as {@code 1E-10000000}.
     */
    private static String shown(BigDecimal amount) {
        boolean short_ = amount.precision() <= MAX_SHOWN_DIGITS && Math.abs((long) amount.scale()) <= MAX_SHOWN_DIGITS;
        return short_ ? amount.toPlainString() : amount.toString();
    }

    public static Currency currency(String code) {
        String trimmed = Require.text(code, "currency", 3);
        try {
            return Currency.getInstance(trimmed);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", "is not an ISO 4217 code: " + code);
        }
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void sameCurrency(Money other) {
        Require.present(other, "amount");
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("currency",
                    "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}

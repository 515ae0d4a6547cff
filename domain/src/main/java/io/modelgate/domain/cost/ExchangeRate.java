package io.modelgate.domain.cost;

import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A configured conversion rate, exact: {@code rate} units of {@code to} for one unit of {@code from}
 * (major units: 150.00 JPY per 1 USD). Rates are never inverted implicitly, since 1/150 has no exact
 * decimal form; configure each direction that is needed.
 *
 * @param asOf the day the rate was set, shown with every figure converted with it
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate asOf) {

    /** At most this many fraction digits, which keeps every conversion exact and readable. */
    public static final int MAX_SCALE = 12;
    private static final BigDecimal MAX_RATE = new BigDecimal("1000000000");

    public ExchangeRate {
        Require.present(from, "exchangeRate.from");
        Require.present(to, "exchangeRate.to");
        Require.present(rate, "exchangeRate.rate");
        Require.present(asOf, "exchangeRate.asOf");
        Require.that(!from.equals(to), "exchangeRate.to",
                "must differ from the source currency (" + from.getCurrencyCode() + "); no rate is needed within a currency");
        if (rate.signum() <= 0) {
            throw new InvalidValueException("exchangeRate.rate", "must be positive (was " + rate.toPlainString() + ")");
        }
        Require.that(rate.compareTo(MAX_RATE) <= 0, "exchangeRate.rate", "must be at most " + MAX_RATE.toPlainString());
        rate = rate.stripTrailingZeros();
        if (rate.scale() < 0) {
            rate = rate.setScale(0);
        }
        Require.that(rate.scale() <= MAX_SCALE, "exchangeRate.rate",
                "must have at most " + MAX_SCALE + " fraction digits (was " + rate.toPlainString() + ")");
    }

    public static ExchangeRate of(String from, String to, String rate, LocalDate asOf) {
        BigDecimal value;
        try {
            value = new BigDecimal(Require.text(rate, "exchangeRate.rate", 40));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("exchangeRate.rate", "is not a decimal number: " + rate);
        }
        return new ExchangeRate(currency(from, "exchangeRate.from"), currency(to, "exchangeRate.to"), value, asOf);
    }

    /** The amount, in major units of {@code from}, expressed exactly in major units of {@code to}. */
    public BigDecimal convert(BigDecimal amount) {
        return amount.multiply(rate);
    }

    @Override
    public String toString() {
        return rate.toPlainString() + " " + to.getCurrencyCode() + "/" + from.getCurrencyCode() + " as of " + asOf;
    }

    private static Currency currency(String code, String field) {
        Require.text(code, field, 3);
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not an ISO 4217 code: " + code);
        }
    }
}

package io.modelgate.domain.cost;

import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The configured rates, at most one per direction. Converting within one currency needs no rate
 * (identity); a missing rate is a {@link MissingExchangeRateException}. Inverse rates are not derived.
 */
public record ExchangeRates(List<ExchangeRate> rates) {

    public ExchangeRates {
        Require.present(rates, "exchangeRates");
        for (int i = 0; i < rates.size(); i++) {
            ExchangeRate rate = Require.present(rates.get(i), "exchangeRates");
            for (int j = 0; j < i; j++) {
                ExchangeRate earlier = rates.get(j);
                if (earlier.from().equals(rate.from()) && earlier.to().equals(rate.to())) {
                    throw new InvalidValueException("exchangeRates", "lists two rates from "
                            + rate.from().getCurrencyCode() + " to " + rate.to().getCurrencyCode());
                }
            }
        }
        rates = List.copyOf(rates);
    }

    public static ExchangeRates of(ExchangeRate... rates) {
        return new ExchangeRates(List.of(rates));
    }

    public static ExchangeRates of(Collection<ExchangeRate> rates) {
        return new ExchangeRates(List.copyOf(rates));
    }

    public static ExchangeRates none() {
        return new ExchangeRates(List.of());
    }

    public Optional<ExchangeRate> find(Currency from, Currency to) {
        return rates.stream().filter(r -> r.from().equals(from) && r.to().equals(to)).findFirst();
    }

    /**
     * The rate to apply from one currency to another: empty within one currency (identity).
     *
     * @throws MissingExchangeRateException when the currencies differ and no rate is configured
     */
    public Optional<ExchangeRate> rateFor(Currency from, Currency to) {
        Require.present(from, "currency");
        Require.present(to, "currency");
        if (from.equals(to)) {
            return Optional.empty();
        }
        return Optional.of(find(from, to).orElseThrow(() -> new MissingExchangeRateException(from, to)));
    }

    /** The amount (major units of {@code from}) in major units of {@code to}, exactly. */
    public BigDecimal convert(BigDecimal amount, Currency from, Currency to) {
        return rateFor(from, to).map(r -> r.convert(amount)).orElse(amount);
    }
}

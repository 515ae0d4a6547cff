package io.modelgate.domain.cost;

import io.modelgate.domain.testing.Deployments;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.modelgate.domain.testing.Deployments.JPY;
import static io.modelgate.domain.testing.Deployments.RATE_AS_OF;
import static io.modelgate.domain.testing.Deployments.USD;
import static io.modelgate.domain.testing.Deployments.USD_JPY_150;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExchangeRateTest {

    @Test
    void a_rate_converts_exactly() {
        assertThat(USD_JPY_150.convert(new BigDecimal("3250.00"))).isEqualByComparingTo("487500");
        assertThat(ExchangeRate.of("USD", "JPY", "151.237", RATE_AS_OF).convert(new BigDecimal("0.01")))
                .isEqualByComparingTo("1.51237");
    }

    @Test
    void equal_rates_are_equal_whatever_their_trailing_zeros() {
        assertThat(USD_JPY_150).isEqualTo(ExchangeRate.of("USD", "JPY", "150", RATE_AS_OF));
        assertThat(USD_JPY_150.rate()).isEqualTo(new BigDecimal("150"));
        assertThat(USD_JPY_150).hasToString("150 JPY/USD as of 2025-02-01");
    }

    @ParameterizedTest
    @CsvSource({
            "USD, JPY, 0, exchangeRate.rate",
            "USD, JPY, -150, exchangeRate.rate",
            "USD, JPY, 0.0000000000001, exchangeRate.rate",
            "USD, JPY, 1000000001, exchangeRate.rate",
            "USD, JPY, abc, exchangeRate.rate",
            "USD, USD, 1, exchangeRate.to",
            "XYZ, JPY, 1, exchangeRate.from"})
    void invalid_rates_name_their_field(String from, String to, String rate, String field) {
        assertThatThrownBy(() -> ExchangeRate.of(from, to, rate, RATE_AS_OF))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }

    @Test
    void a_rate_needs_its_date() {
        assertThatThrownBy(() -> new ExchangeRate(USD, JPY, BigDecimal.TEN, null))
                .isInstanceOf(InvalidValueException.class).hasMessage("exchangeRate.asOf: is required");
    }

    @Test
    void the_same_currency_needs_no_rate() {
        assertThat(ExchangeRates.none().rateFor(JPY, JPY)).isEmpty();
        assertThat(ExchangeRates.none().convert(new BigDecimal("12.5"), USD, USD)).isEqualByComparingTo("12.5");
    }

    @Test
    void a_configured_rate_is_found_and_applied() {
        ExchangeRates rates = ExchangeRates.of(USD_JPY_150);

        assertThat(rates.rateFor(USD, JPY)).contains(USD_JPY_150);
        assertThat(rates.convert(new BigDecimal("0.004"), USD, JPY)).isEqualByComparingTo("0.6");
    }

    @Test
    void a_missing_rate_is_a_clear_error_and_rates_are_never_inverted() {
        ExchangeRates rates = ExchangeRates.of(USD_JPY_150);

        assertThatThrownBy(() -> rates.rateFor(JPY, USD))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessage("no exchange rate from JPY to USD is configured; add one to estimate costs in USD")
                .satisfies(e -> assertThat(((MissingExchangeRateException) e).code()).isEqualTo("COST.EXCHANGE_RATE_MISSING"));
    }

    @Test
    void one_rate_per_direction() {
        ExchangeRate other = ExchangeRate.of("USD", "JPY", "149", LocalDate.of(2025, 3, 1));

        assertThatThrownBy(() -> ExchangeRates.of(USD_JPY_150, other))
                .isInstanceOf(InvalidValueException.class).hasMessage("exchangeRates: lists two rates from USD to JPY");
        assertThat(ExchangeRates.of(USD_JPY_150, ExchangeRate.of("JPY", "USD", "0.0066", RATE_AS_OF)).rates()).hasSize(2);
    }
}

package io.modelgate.domain.budget;

import io.modelgate.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;

import static io.modelgate.domain.budget.Prices.JPY;
import static io.modelgate.domain.budget.Prices.USD;
import static io.modelgate.domain.budget.Prices.dollars;
import static io.modelgate.domain.budget.Prices.yen;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class MicroAmountTest {

    @ParameterizedTest(name = "{0} {1} = {2} micro-units")
    @CsvSource({
            "1,       JPY, 1000000",       // ¥1
            "150,     JPY, 150000000",
            "1,       USD, 10000",         // one cent
            "250,     USD, 2500000",       // $2.50
            "-3,      USD, -30000",
            "1,       KWD, 1000",          // three fraction digits: a fils is 1,000 micro-dinars
            "0,       EUR, 0",
    })
    void from_money_is_exact(long minorUnits, String currency, long micros) {
        MicroAmount amount = MicroAmount.fromMoney(Money.ofMinor(minorUnits, currency));

        assertThat(amount).isEqualTo(MicroAmount.ofMicros(micros, currency));
        assertThat(amount.toMoneyFloor()).isEqualTo(Money.ofMinor(minorUnits, currency));
    }

    @ParameterizedTest(name = "{0} micro-{1} floors to {2} minor units")
    @CsvSource({
            "1125000,  JPY, 1",     // ¥1.125 → ¥1
            "1999999,  JPY, 1",
            "2000000,  JPY, 2",
            "999999,   JPY, 0",
            "-1,       JPY, -1",    // towards negative infinity, not towards zero
            "-1000000, JPY, -1",
            "7500,     USD, 0",     // $0.0075 → $0.00
            "19999,    USD, 1",     // $0.019999 → $0.01
    })
    void to_money_rounds_towards_negative_infinity(long micros, String currency, long minorUnits) {
        assertThat(MicroAmount.ofMicros(micros, currency).toMoneyFloor()).isEqualTo(Money.ofMinor(minorUnits, currency));
    }

    @ParameterizedTest(name = "{0} micro-{1} reads {2}")
    @CsvSource(delimiter = '|', value = {
            "1125000   | JPY | 1.125 JPY",
            "150000000 | JPY | 150 JPY",
            "0         | JPY | 0 JPY",
            "1         | JPY | 0.000001 JPY",
            "-500000   | JPY | -0.5 JPY",
            "7500      | USD | 0.0075 USD",
            "12500000  | USD | 12.50 USD",
            "1000000   | USD | 1.00 USD",
            "0         | USD | 0.00 USD",
    })
    void formats_as_a_plain_decimal_with_at_least_the_currency_digits(long micros, String currency, String text) {
        MicroAmount amount = MicroAmount.ofMicros(micros, currency);

        assertThat(amount.format()).isEqualTo(text);
        assertThat(amount).hasToString(text);
    }

    @Test
    void adds_and_subtracts_exactly() {
        assertThat(yen(1_125_000).plus(yen(875_000))).isEqualTo(yen(2_000_000));
        assertThat(yen(1).minus(yen(2))).isEqualTo(yen(-1));
        assertThat(yen(Long.MAX_VALUE - 1).plus(yen(1))).isEqualTo(yen(Long.MAX_VALUE));
        assertThat(yen(5).toDecimal()).isEqualByComparingTo(new BigDecimal("0.000005"));
    }

    @Test
    void overflow_is_an_error_never_a_wrap_around() {
        assertInvalid(() -> yen(Long.MAX_VALUE).plus(yen(1)), "amount");
        assertInvalid(() -> yen(Long.MIN_VALUE).minus(yen(1)), "amount");
        assertInvalid(() -> yen(-2).minus(yen(Long.MAX_VALUE)), "amount");
        // 9.3 trillion yen in micro-yen does not fit a long
        assertInvalid(() -> MicroAmount.fromMoney(Money.ofMinor(9_300_000_000_000L, "JPY")), "amount");
    }

    @Test
    void currencies_never_mix() {
        assertInvalid(() -> yen(1).plus(dollars(1)), "currency");
        assertInvalid(() -> yen(1).minus(dollars(1)), "currency");
        assertInvalid(() -> yen(1).compareTo(dollars(1)), "currency");
    }

    @Test
    void compares_and_tells_its_sign() {
        assertThat(yen(1)).isGreaterThan(yen(0)).isLessThan(yen(2));
        assertThat(yen(-1).isNegative()).isTrue();
        assertThat(yen(0).isZero()).isTrue();
        assertThat(yen(1).isPositive()).isTrue();
        assertThat(MicroAmount.zero(USD)).isEqualTo(dollars(0));
    }

    @Test
    void a_currency_without_a_minor_unit_is_refused() {
        assertInvalid(() -> new MicroAmount(1, Currency.getInstance("XXX")), "currency");
        assertInvalid(() -> new MicroAmount(1, null), "currency");
        assertInvalid(() -> MicroAmount.fromMoney(null), "amount");
        assertThat(new MicroAmount(1, JPY).currency()).isEqualTo(JPY);
    }
}

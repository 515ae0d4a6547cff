package io.modelgate.domain.money;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Nested
    class Parsing {

        @ParameterizedTest(name = "{0} {1} = {2} minor units")
        @CsvSource(delimiter = '|', value = {
                "2.50|USD|250",
                "2.5|USD|250",
                "2|USD|200",
                "0|USD|0",
                "0.00|USD|0",
                "0.01|USD|1",
                "-0.01|USD|-1",
                "-2.50|USD|-250",
                "+2.50|USD|250",
                "1234.56|USD|123456",
                "'  2.50  '|USD|250",
                "92233720368547758.07|USD|9223372036854775807",
                "-92233720368547758.08|USD|-9223372036854775808",
                "100|JPY|100",
                "0|JPY|0",
                "-5|JPY|-5",
                "9223372036854775807|JPY|9223372036854775807",
                "1.234|BHD|1234",
                "1.2|BHD|1200",
                "7|BHD|7000",
                "0.001|BHD|1",
                "2.5|EUR|250",
                "0.125|KWD|125",
                "1.2345|CLF|12345",
        })
        void parsesIntoMinorUnits(String decimal, String currencyCode, long minorUnits) {
            Money money = Money.of(decimal, currencyCode);

            assertThat(money.minorUnits()).isEqualTo(minorUnits);
            assertThat(money.currency()).isEqualTo(Currency.getInstance(currencyCode));
        }

        @ParameterizedTest(name = "{0} has {1} fraction digits")
        @CsvSource({
                "JPY,0",
                "KRW,0",
                "USD,2",
                "EUR,2",
                "GBP,2",
                "BHD,3",
                "KWD,3",
                "CLF,4",
        })
        void usesTheCurrencysFractionDigits(String currencyCode, int fractionDigits) {
            Money one = Money.of("1", currencyCode);

            assertThat(one.minorUnits()).isEqualTo(BigDecimal.TEN.pow(fractionDigits).longValueExact());
            assertThat(one.toDecimal().scale()).isEqualTo(fractionDigits);
            assertThat(Money.ofMinor(1, currencyCode).toDecimal())
                    .isEqualByComparingTo(BigDecimal.ONE.movePointLeft(fractionDigits));
        }

        @ParameterizedTest(name = "{0} {1} has too many fraction digits")
        @CsvSource(delimiter = '|', value = {
                "2.501|USD",
                "0.001|USD",
                "-0.001|USD",
                "1.999|USD",
                "1.5|JPY",
                "0.1|JPY",
                "-0.5|JPY",
                "100.01|JPY",
                "1.2345|BHD",
                "0.0001|BHD",
                "0.00001|CLF",
        })
        void refusesMoreFractionDigitsThanTheCurrencyHas(String decimal, String currencyCode) {
            InvalidValueException e = assertInvalid(() -> Money.of(decimal, currencyCode), "amount");
            assertThat(e.reason()).contains("fraction digits for " + currencyCode);
        }

        @ParameterizedTest(name = "{0} {1} does not fit in a long")
        @CsvSource(delimiter = '|', value = {
                "92233720368547758.08|USD",
                "-92233720368547758.09|USD",
                "9223372036854775808|JPY",
                "-9223372036854775809|JPY",
                "99999999999999999999999999999|BHD",
        })
        void refusesAmountsTooLargeForMinorUnits(String decimal, String currencyCode) {
            InvalidValueException e = assertInvalid(() -> Money.of(decimal, currencyCode), "amount");
            assertThat(e.reason()).contains("too large");
        }

        @ParameterizedTest(name = "[{0}] is not a decimal")
        @ValueSource(strings = {"abc", "2,50", "1.2.3", "--1", "$1", "1 000", "1_000", "NaN", "Infinity",
                "0x10", "2.50 USD", "one", "1e2", "1E-2"})
        void refusesTextThatIsNotADecimal(String text) {
            InvalidValueException e = assertInvalid(() -> Money.of(text, "USD"), "amount");
            assertThat(e.reason()).startsWith("is not a decimal number");
        }

        @ParameterizedTest(name = "blank amount [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\t"})
        void refusesMissingAmount(String blank) {
            assertInvalid(() -> Money.of(blank, "USD"), "amount");
        }

        @Test
        void refusesAmountTextLongerThan40Characters() {
            String fortyOne = "1" + "0".repeat(37) + ".00";
            assertThat(fortyOne).hasSize(41);

            InvalidValueException e = assertInvalid(() -> Money.of(fortyOne, "USD"), "amount");
            assertThat(e.reason()).isEqualTo("must be at most 40 characters");
        }

        @ParameterizedTest(name = "currency [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {" ", "US", "USDX", "usd", "Usd", "ABC", "ZZZ", "123", "円"})
        void refusesCodesThatAreNotIso4217(String code) {
            assertInvalid(() -> Money.of("1", code), "currency");
            assertInvalid(() -> Money.ofMinor(1, code), "currency");
            assertInvalid(() -> Money.currency(code), "currency");
        }

        @ParameterizedTest(name = "{0} has no minor unit")
        @ValueSource(strings = {"XXX", "XAU", "XAG", "XDR"})
        void refusesCurrenciesWithoutMinorUnit(String code) {
            InvalidValueException e = assertInvalid(() -> Money.ofMinor(1, code), "currency");
            assertThat(e.reason()).isEqualTo(code + " has no minor unit");
            assertInvalid(() -> Money.zero(Currency.getInstance(code)), "currency");
            assertInvalid(() -> new Money(1, Currency.getInstance(code)), "currency");
        }

        @Test
        void currencyLooksUpTheIsoCurrency() {
            assertThat(Money.currency("JPY")).isSameAs(JPY);
        }
    }

    @Nested
    class Construction {

        @Test
        void refusesMissingCurrency() {
            assertInvalid(() -> new Money(1, null), "currency");
            assertInvalid(() -> Money.zero(null), "currency");
        }

        @Test
        void fromDecimalRefusesMissingAmount() {
            assertInvalid(() -> Money.fromDecimal(null, USD), "amount");
        }

        @ParameterizedTest(name = "fromDecimal({0} USD) = {1}")
        @CsvSource({
                "2.50,250",
                "2.5,250",
                "-0.01,-1",
                "0,0",
        })
        void fromDecimalMatchesParsing(BigDecimal amount, long minorUnits) {
            assertThat(Money.fromDecimal(amount, USD)).isEqualTo(Money.ofMinor(minorUnits, "USD"));
        }

        @Test
        void fromDecimalRefusesExcessFractionDigits() {
            assertInvalid(() -> Money.fromDecimal(new BigDecimal("0.5"), JPY), "amount");
        }

        @ParameterizedTest(name = "fromDecimal({0}) is refused at once, quoted as {1}")
        @CsvSource({"1e-10000000,1E-10000000", "1e-999999999,1E-999999999", "1e+999999999,1E+999999999",
                "0.000000000000000000000000000000000000000000001,1E-45"})
        void exponentBombsAreRefusedWithoutBeingWrittenOut(String amount, String quoted) {
            long started = System.nanoTime();

            String reason = assertInvalid(() -> Money.fromDecimal(new BigDecimal(amount), JPY), "amount").reason();

            assertThat(reason).startsWith(quoted + " has more than 0 fraction digits").hasSizeLessThan(200);
            assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(1_000_000_000L);
        }

        @Test
        void zeroIsZeroInTheCurrency() {
            Money zero = Money.zero(JPY);

            assertThat(zero.minorUnits()).isZero();
            assertThat(zero.currency()).isEqualTo(JPY);
            assertThat(zero.isZero()).isTrue();
            assertThat(zero.isNegative()).isFalse();
        }

        @Test
        void equalityIsByMinorUnitsAndCurrency() {
            assertThat(Money.of("2.50", "USD"))
                    .isEqualTo(Money.ofMinor(250, "USD"))
                    .isEqualTo(new Money(250, USD))
                    .hasSameHashCodeAs(Money.ofMinor(250, "USD"))
                    .isNotEqualTo(Money.ofMinor(251, "USD"))
                    .isNotEqualTo(Money.ofMinor(250, "EUR"));
            assertThat(Money.of("250", "JPY")).isNotEqualTo(Money.of("2.50", "USD"));
        }

        @ParameterizedTest(name = "{0}: negative={1}, zero={2}")
        @CsvSource({
                "-9223372036854775808,true,false",
                "-1,true,false",
                "0,false,true",
                "1,false,false",
                "9223372036854775807,false,false",
        })
        void signPredicates(long minorUnits, boolean negative, boolean zero) {
            Money money = Money.ofMinor(minorUnits, "USD");

            assertThat(money.isNegative()).isEqualTo(negative);
            assertThat(money.isZero()).isEqualTo(zero);
        }
    }

    @Nested
    class Arithmetic {

        @ParameterizedTest(name = "{0} + {1} = {2}, {0} - {1} = {3}")
        @CsvSource({
                "250,125,375,125",
                "0,0,0,0",
                "-1,1,0,-2",
                "1,-1,0,2",
                "-250,-250,-500,0",
                "9223372036854775806,1,9223372036854775807,9223372036854775805",
                "-9223372036854775807,-1,-9223372036854775808,-9223372036854775806",
                "9223372036854775807,-9223372036854775808,-1,",
        })
        void plusAndMinusAreExact(long a, long b, long sum, Long difference) {
            Money left = Money.ofMinor(a, "JPY");
            Money right = Money.ofMinor(b, "JPY");

            assertThat(left.plus(right)).isEqualTo(Money.ofMinor(sum, "JPY"));
            if (difference != null) {
                assertThat(left.minus(right)).isEqualTo(Money.ofMinor(difference, "JPY"));
            } else {
                assertThatThrownBy(() -> left.minus(right)).isInstanceOf(ArithmeticException.class);
            }
            assertThat(left.minorUnits()).as("operands are unchanged").isEqualTo(a);
            assertThat(right.minorUnits()).isEqualTo(b);
        }

        @Test
        void decimalAmountsAddWithoutFloatingPointError() {
            Money tenCents = Money.of("0.10", "USD");
            Money sum = tenCents.plus(Money.of("0.20", "USD"));

            assertThat(sum).isEqualTo(Money.of("0.30", "USD"));
            assertThat(sum.toDecimal()).isEqualTo(new BigDecimal("0.30"));
        }

        @ParameterizedTest(name = "{0} + {1} overflows")
        @CsvSource({
                "9223372036854775807,1",
                "1,9223372036854775807",
                "-9223372036854775808,-1",
                "9223372036854775807,9223372036854775807",
        })
        void plusOverflowFails(long a, long b) {
            assertThatThrownBy(() -> Money.ofMinor(a, "USD").plus(Money.ofMinor(b, "USD")))
                    .isInstanceOf(ArithmeticException.class);
        }

        @ParameterizedTest(name = "{0} - {1} overflows")
        @CsvSource({
                "-9223372036854775808,1",
                "9223372036854775807,-1",
                "0,-9223372036854775808",
                "-2,9223372036854775807",
        })
        void minusOverflowFails(long a, long b) {
            assertThatThrownBy(() -> Money.ofMinor(a, "USD").minus(Money.ofMinor(b, "USD")))
                    .isInstanceOf(ArithmeticException.class);
        }

        @ParameterizedTest(name = "{0} x {1} = {2}")
        @CsvSource({
                "250,3,750",
                "250,1,250",
                "250,0,0",
                "250,-2,-500",
                "-250,-2,500",
                "0,9223372036854775807,0",
                "9223372036854775807,1,9223372036854775807",
                "-9223372036854775808,1,-9223372036854775808",
                "4611686018427387903,2,9223372036854775806",
                "-1,9223372036854775807,-9223372036854775807",
        })
        void timesIsExact(long minorUnits, long factor, long product) {
            Money money = Money.ofMinor(minorUnits, "BHD");

            assertThat(money.times(factor)).isEqualTo(Money.ofMinor(product, "BHD"));
            assertThat(money.minorUnits()).isEqualTo(minorUnits);
        }

        @ParameterizedTest(name = "{0} x {1} overflows")
        @CsvSource({
                "9223372036854775807,2",
                "4611686018427387904,2",
                "-9223372036854775808,-1",
                "-9223372036854775808,2",
                "4294967296,4294967296",
                "3037000500,3037000500",
        })
        void timesOverflowFails(long minorUnits, long factor) {
            assertThatThrownBy(() -> Money.ofMinor(minorUnits, "USD").times(factor))
                    .isInstanceOf(ArithmeticException.class);
        }

        @ParameterizedTest(name = "{0} with {1}")
        @CsvSource({
                "USD,JPY",
                "JPY,USD",
                "USD,EUR",
                "BHD,KWD",
        })
        void refusesToMixCurrencies(String first, String second) {
            Money a = Money.ofMinor(100, first);
            Money b = Money.ofMinor(100, second);
            String reason = "cannot combine " + first + " with " + second;

            assertThat(assertInvalid(() -> a.plus(b), "currency").reason()).isEqualTo(reason);
            assertThat(assertInvalid(() -> a.minus(b), "currency").reason()).isEqualTo(reason);
            assertThat(assertInvalid(() -> a.compareTo(b), "currency").reason()).isEqualTo(reason);
        }
    }

    @Nested
    class Ordering {

        @ParameterizedTest(name = "compare({0}, {1}) has sign {2}")
        @CsvSource({
                "1,2,-1",
                "2,1,1",
                "2,2,0",
                "0,0,0",
                "-1,0,-1",
                "0,-1,1",
                "-9223372036854775808,9223372036854775807,-1",
                "9223372036854775807,-9223372036854775808,1",
        })
        void comparesMinorUnits(long a, long b, int sign) {
            assertThat(Integer.signum(Money.ofMinor(a, "USD").compareTo(Money.ofMinor(b, "USD")))).isEqualTo(sign);
        }

        @Test
        void sortsByAmount() {
            List<Money> amounts = new ArrayList<>(List.of(
                    Money.of("3", "USD"), Money.of("-1", "USD"), Money.of("0.5", "USD"), Money.of("0", "USD")));

            amounts.sort(null);

            assertThat(amounts).containsExactly(
                    Money.of("-1", "USD"), Money.of("0", "USD"), Money.of("0.5", "USD"), Money.of("3", "USD"));
        }
    }

    @Nested
    class Rendering {

        @ParameterizedTest(name = "{0} {1} -> \"{2}\"")
        @CsvSource(delimiter = '|', value = {
                "250|USD|2.50 USD",
                "5|USD|0.05 USD",
                "-5|USD|-0.05 USD",
                "0|USD|0.00 USD",
                "200|USD|2.00 USD",
                "100|JPY|100 JPY",
                "0|JPY|0 JPY",
                "-250|JPY|-250 JPY",
                "1234|BHD|1.234 BHD",
                "1|BHD|0.001 BHD",
                "1000|BHD|1.000 BHD",
                "9223372036854775807|USD|92233720368547758.07 USD",
                "100000000000|JPY|100000000000 JPY",
        })
        void toStringIsPlainDecimalAndCode(long minorUnits, String currencyCode, String text) {
            assertThat(Money.ofMinor(minorUnits, currencyCode)).hasToString(text);
        }

        @ParameterizedTest(name = "{0} {1} round-trips")
        @CsvSource({
                "250,USD",
                "-1,USD",
                "0,JPY",
                "123456,JPY",
                "1,BHD",
                "-9223372036854775808,USD",
                "9223372036854775807,BHD",
        })
        void toDecimalRoundTripsThroughParsing(long minorUnits, String currencyCode) {
            Money money = Money.ofMinor(minorUnits, currencyCode);

            assertThat(Money.of(money.toDecimal().toPlainString(), currencyCode)).isEqualTo(money);
            assertThat(Money.fromDecimal(money.toDecimal(), money.currency())).isEqualTo(money);
        }

        @Test
        void toDecimalHasTheCurrencysScale() {
            assertThat(Money.ofMinor(250, "USD").toDecimal()).isEqualTo(new BigDecimal("2.50"));
            assertThat(Money.ofMinor(250, "JPY").toDecimal()).isEqualTo(new BigDecimal("250"));
            assertThat(Money.ofMinor(250, "BHD").toDecimal()).isEqualTo(new BigDecimal("0.250"));
        }
    }
}

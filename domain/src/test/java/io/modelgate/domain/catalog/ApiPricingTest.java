package io.modelgate.domain.catalog;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.modelgate.domain.catalog.CatalogFixtures.AS_OF;
import static io.modelgate.domain.catalog.CatalogFixtures.usd;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ApiPricingTest {

    private static final String INPUT = "pricing.inputPerMillionTokens";
    private static final String OUTPUT = "pricing.outputPerMillionTokens";

    @Test
    void keepsItsPrices() {
        ApiPricing pricing = new ApiPricing(usd("5.00"), usd("15.00"), AS_OF);

        assertThat(pricing.inputPerMillionTokens()).isEqualTo(usd("5"));
        assertThat(pricing.outputPerMillionTokens()).isEqualTo(usd("15"));
        assertThat(pricing.asOf()).isEqualTo(AS_OF);
        assertThat(pricing).isInstanceOf(Pricing.class);
    }

    @ParameterizedTest(name = "input {0}, output {1} {2}: refused on [{3}]")
    @CsvSource(delimiter = '|', nullValues = "ok", value = {
            "5.00|15.00|USD|ok",
            "0|0|USD|ok",
            "0|0.01|USD|ok",
            "1000|0|JPY|ok",
            "0.125|0.5|BHD|ok",
            "-0.01|15.00|USD|pricing.inputPerMillionTokens",
            "5.00|-0.01|USD|pricing.outputPerMillionTokens",
            "-1|-1|USD|pricing.inputPerMillionTokens",
            "-1|1|JPY|pricing.inputPerMillionTokens",
    })
    void pricesMustNotBeNegative(String input, String output, String currency, String refusedField) {
        Money in = Money.of(input, currency);
        Money out = Money.of(output, currency);
        if (refusedField == null) {
            assertThat(new ApiPricing(in, out, AS_OF).inputPerMillionTokens()).isEqualTo(in);
        } else {
            InvalidValueException e = assertInvalid(() -> new ApiPricing(in, out, AS_OF), refusedField);
            assertThat(e.reason()).isEqualTo("must not be negative");
        }
    }

    @ParameterizedTest(name = "{0} in, {1} out")
    @CsvSource({
            "USD,JPY",
            "JPY,USD",
            "USD,EUR",
    })
    void bothPricesAreInOneCurrency(String inputCurrency, String outputCurrency) {
        Money in = Money.of("1", inputCurrency);
        Money out = Money.of("1", outputCurrency);

        InvalidValueException e = assertInvalid(() -> new ApiPricing(in, out, AS_OF), OUTPUT);
        assertThat(e.reason()).contains("same currency");
    }

    @Test
    void refusesMissingParts() {
        assertInvalid(() -> new ApiPricing(null, usd("1"), AS_OF), INPUT);
        assertInvalid(() -> new ApiPricing(usd("1"), null, AS_OF), OUTPUT);
        assertInvalid(() -> new ApiPricing(usd("1"), usd("1"), null), "pricing.asOf");
    }
}

package io.modelgate.domain.catalog;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.modelgate.domain.catalog.CatalogFixtures.AS_OF;
import static io.modelgate.domain.catalog.CatalogFixtures.jpy;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class SelfHostedPricingTest {

    private static final String GPU = "pricing.gpuMonthlyCost";
    private static final String TOKENS = "pricing.tokensPerGpuMonth";
    private static final String OPERATIONS = "pricing.fixedMonthlyOperationsCost";

    @Test
    void keepsItsPrices() {
        SelfHostedPricing pricing = new SelfHostedPricing(jpy("450000"), 2_000_000_000L, jpy("300000"), AS_OF);

        assertThat(pricing.gpuMonthlyCost()).isEqualTo(jpy("450000"));
        assertThat(pricing.tokensPerGpuMonth()).isEqualTo(2_000_000_000L);
        assertThat(pricing.fixedMonthlyOperationsCost()).isEqualTo(jpy("300000"));
        assertThat(pricing.asOf()).isEqualTo(AS_OF);
        assertThat(pricing).isInstanceOf(Pricing.class);
    }

    @ParameterizedTest(name = "{0} tokens per GPU-month accepted={1}")
    @CsvSource({
            "-9223372036854775808,false",
            "-1,false",
            "0,false",
            "1,true",
            "2000000000,true",
            "9223372036854775807,true",
    })
    void gpuCapacityMustBePositive(long tokensPerGpuMonth, boolean accepted) {
        if (accepted) {
            assertThat(new SelfHostedPricing(jpy("1"), tokensPerGpuMonth, jpy("1"), AS_OF).tokensPerGpuMonth())
                    .isEqualTo(tokensPerGpuMonth);
        } else {
            assertInvalid(() -> new SelfHostedPricing(jpy("1"), tokensPerGpuMonth, jpy("1"), AS_OF), TOKENS);
        }
    }

    @ParameterizedTest(name = "gpu {0}, operations {1} {2}: refused on [{3}]")
    @CsvSource(delimiter = '|', nullValues = "ok", value = {
            "450000|300000|JPY|ok",
            "0|0|JPY|ok",
            "0|1|USD|ok",
            "2500.00|0|USD|ok",
            "-1|300000|JPY|pricing.gpuMonthlyCost",
            "450000|-1|JPY|pricing.fixedMonthlyOperationsCost",
            "-1|-1|JPY|pricing.gpuMonthlyCost",
            "-0.01|0|USD|pricing.gpuMonthlyCost",
    })
    void costsMustNotBeNegative(String gpu, String operations, String currency, String refusedField) {
        Money gpuCost = Money.of(gpu, currency);
        Money operationsCost = Money.of(operations, currency);
        if (refusedField == null) {
            assertThat(new SelfHostedPricing(gpuCost, 1, operationsCost, AS_OF).gpuMonthlyCost()).isEqualTo(gpuCost);
        } else {
            InvalidValueException e = assertInvalid(
                    () -> new SelfHostedPricing(gpuCost, 1, operationsCost, AS_OF), refusedField);
            assertThat(e.reason()).isEqualTo("must not be negative");
        }
    }

    @ParameterizedTest(name = "gpu in {0}, operations in {1}")
    @CsvSource({
            "JPY,USD",
            "USD,JPY",
            "USD,EUR",
    })
    void bothCostsAreInOneCurrency(String gpuCurrency, String operationsCurrency) {
        Money gpu = Money.of("1", gpuCurrency);
        Money operations = Money.of("1", operationsCurrency);

        InvalidValueException e = assertInvalid(() -> new SelfHostedPricing(gpu, 1, operations, AS_OF), OPERATIONS);
        assertThat(e.reason()).contains("same currency");
    }

    @Test
    void refusesMissingParts() {
        assertInvalid(() -> new SelfHostedPricing(null, 1, jpy("1"), AS_OF), GPU);
        assertInvalid(() -> new SelfHostedPricing(jpy("1"), 1, null, AS_OF), OPERATIONS);
        assertInvalid(() -> new SelfHostedPricing(jpy("1"), 1, jpy("1"), null), "pricing.asOf");
    }
}

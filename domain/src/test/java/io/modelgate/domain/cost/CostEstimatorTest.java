package io.modelgate.domain.cost;

import io.modelgate.domain.testing.Deployments;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.usecase.MonthlyVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import static io.modelgate.domain.testing.Deployments.GPT_4O;
import static io.modelgate.domain.testing.Deployments.JPY;
import static io.modelgate.domain.testing.Deployments.LLAMA_3_70B;
import static io.modelgate.domain.testing.Deployments.PRICES_AS_OF;
import static io.modelgate.domain.testing.Deployments.USD;
import static io.modelgate.domain.testing.Deployments.USD_JPY_150;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostEstimatorTest {

    private final CostEstimator estimator = new CostEstimator();
    private final ExchangeRates rates = ExchangeRates.of(USD_JPY_150);

    @Test
    void api_cost_is_tokens_times_price_per_million() {
        // 1,000,000 requests × 500 input = 500,000,000 tokens × $2.50 / 1M = $1,250.00
        // 1,000,000 requests × 200 output = 200,000,000 tokens × $10.00 / 1M = $2,000.00  → $3,250.00
        CostEstimate estimate = estimator.estimate(GPT_4O, Deployments.gpt4o(), new MonthlyVolume(1_000_000, 500, 200),
                USD, rates);

        assertThat(estimate.monthlyCost()).isEqualTo(Money.of("3250.00", "USD"));
        assertThat(estimate.breakdown()).isEqualTo(new CostBreakdown.Api(500_000_000L, 200_000_000L,
                Money.of("1250.00", "USD"), Money.of("2000.00", "USD")));
        assertThat(estimate.exchangeRate()).isEmpty();
        assertThat(estimate.pricingAsOf()).isEqualTo(PRICES_AS_OF);
        assertThat(estimate.gpusNeeded()).isEmpty();
        assertThat(estimate.model()).isEqualTo(GPT_4O);
        assertThat(estimate.deployment()).isEqualTo(DeploymentKind.VENDOR_API);
    }

    @Test
    void api_cost_converts_to_the_budget_currency_with_the_dated_rate() {
        // $3,250.00 × 150.00 JPY/USD = ¥487,500 (input ¥187,500, output ¥300,000)
        CostEstimate estimate = estimator.estimate(GPT_4O, Deployments.gpt4o(), new MonthlyVolume(1_000_000, 500, 200),
                JPY, rates);

        assertThat(estimate.monthlyCost()).isEqualTo(Money.of("487500", "JPY"));
        assertThat(estimate.breakdown()).isEqualTo(new CostBreakdown.Api(500_000_000L, 200_000_000L,
                Money.of("187500", "JPY"), Money.of("300000", "JPY")));
        assertThat(estimate.exchangeRate()).contains(USD_JPY_150);
        assertThat(estimate.exchangeRate().orElseThrow().asOf()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void an_exact_half_minor_unit_rounds_up() {
        // 4 × 500 = 2,000 input tokens × $2.50 / 1M = $0.005 exactly → $0.01 (HALF_EVEN would give $0.00)
        assertThat(estimator.estimate(GPT_4O, Deployments.gpt4o(), new MonthlyVolume(4, 500, 0), USD, rates)
                .monthlyCost()).isEqualTo(Money.of("0.01", "USD"));
        // 20 × 500 = 10,000 tokens × $2.50 / 1M = $0.025; × 100 JPY/USD = ¥2.5 exactly → ¥3 (HALF_EVEN: ¥2)
        ExchangeRates hundred = ExchangeRates.of(ExchangeRate.of("USD", "JPY", "100", PRICES_AS_OF));
        assertThat(estimator.estimate(GPT_4O, Deployments.gpt4o(), new MonthlyVolume(20, 500, 0), JPY, hundred)
                .monthlyCost()).isEqualTo(Money.of("3", "JPY"));
        // just below half: 19 × 500 = 9,500 tokens → $0.02375 × 100 = ¥2.375 → ¥2
        assertThat(estimator.estimate(GPT_4O, Deployments.gpt4o(), new MonthlyVolume(19, 500, 0), JPY, hundred)
                .monthlyCost()).isEqualTo(Money.of("2", "JPY"));
    }

    @Test
    void rounding_happens_once_after_conversion() {
        // 4 × 400 = 1,600 tokens × $2.50 / 1M = $0.004 × 150 = ¥0.6 → ¥1.
        // Rounding twice would give $0.00 → ¥0.
        CostEstimate estimate = estimator.estimate(GPT_4O, Deployments.gpt4o(), new MonthlyVolume(4, 400, 0), JPY, rates);

        assertThat(estimate.monthlyCost()).isEqualTo(Money.of("1", "JPY"));
    }

    @Test
    void breakdown_lines_round_on_their_own_and_may_not_add_up_to_the_total() {
        // input 2,000 × $2.50 / 1M = $0.005 → $0.01; output 500 × $10.00 / 1M = $0.005 → $0.01;
        // total exact $0.010 → $0.01 (not $0.02).
        CostEstimate estimate = estimator.estimate(GPT_4O, Deployments.gpt4o(), new MonthlyVolume(1, 2_000, 500), USD, rates);

        assertThat(estimate.monthlyCost()).isEqualTo(Money.of("0.01", "USD"));
        CostBreakdown.Api lines = (CostBreakdown.Api) estimate.breakdown();
        assertThat(lines.inputCost()).isEqualTo(Money.of("0.01", "USD"));
        assertThat(lines.outputCost()).isEqualTo(Money.of("0.01", "USD"));
    }

    @Test
    void a_currency_with_three_decimals_rounds_to_its_own_minor_unit() {
        // $0.005 × 0.376 BHD/USD = 0.00188 BHD → 0.002 BHD (minor unit: 1 fils = 0.001)
        ExchangeRates bhd = ExchangeRates.of(ExchangeRate.of("USD", "BHD", "0.376", PRICES_AS_OF));

        CostEstimate estimate = estimator.estimate(GPT_4O, Deployments.gpt4o(), new MonthlyVolume(4, 500, 0),
                Currency.getInstance("BHD"), bhd);

        assertThat(estimate.monthlyCost()).isEqualTo(Money.of("0.002", "BHD"));
    }

    @Test
    void zero_volume_through_an_api_costs_nothing() {
        CostEstimate estimate = estimator.estimate(GPT_4O, Deployments.gpt4o(), MonthlyVolume.none(), JPY, rates);

        assertThat(estimate.monthlyCost()).isEqualTo(Money.zero(JPY));
    }

    @Test
    void zero_volume_self_hosted_needs_no_gpu_and_costs_the_fixed_operations() {
        CostEstimate estimate = estimator.estimate(LLAMA_3_70B, Deployments.llamaOnPremises(), MonthlyVolume.none(),
                JPY, ExchangeRates.none());

        assertThat(estimate.gpusNeeded()).hasValue(0);
        assertThat(estimate.monthlyCost()).isEqualTo(Money.of("200000", "JPY"));
        assertThat(estimate.breakdown()).isEqualTo(new CostBreakdown.SelfHosted(0, 1_000_000_000L, 0,
                Money.zero(JPY), Money.of("200000", "JPY")));
    }

    @ParameterizedTest(name = "{0} tokens → {1} GPUs, ¥{2}")
    @CsvSource({
            // GPU serves 1,000,000,000 tokens a month at ¥500,000; operations ¥200,000
            "1,             1, 700000",
            "999999999,     1, 700000",
            "1000000000,    1, 700000",
            "1000000001,    2, 1200000",
            "2000000000,    2, 1200000",
            "2000000001,    3, 1700000"})
    void self_hosted_gpus_are_the_tokens_divided_by_capacity_rounded_up(long tokens, long gpus, String yen) {
        MonthlyVolume volume = new MonthlyVolume(tokens, 1, 0);

        CostEstimate estimate = estimator.estimate(LLAMA_3_70B, Deployments.llamaOnPremises(), volume, JPY,
                ExchangeRates.none());

        assertThat(estimate.gpusNeeded()).hasValue(gpus);
        assertThat(estimate.monthlyCost()).isEqualTo(Money.of(yen, "JPY"));
        assertThat(estimate.exchangeRate()).isEmpty();
    }

    @Test
    void self_hosted_prices_in_another_currency_are_converted() {
        // 1,000,000 × 700 = 700,000,000 tokens → 1 GPU × $3,000.00 + $1,000.00 = $4,000.00 × 150 = ¥600,000
        Deployment cloud = Deployments.selfHosted(DeploymentKind.PRIVATE_CLOUD, "3000.00", 1_000_000_000L, "1000.00", "USD");

        CostEstimate estimate = estimator.estimate(LLAMA_3_70B, cloud, new MonthlyVolume(1_000_000, 500, 200), JPY, rates);

        assertThat(estimate.monthlyCost()).isEqualTo(Money.of("600000", "JPY"));
        assertThat(estimate.breakdown()).isEqualTo(new CostBreakdown.SelfHosted(700_000_000L, 1_000_000_000L, 1,
                Money.of("450000", "JPY"), Money.of("150000", "JPY")));
        assertThat(estimate.exchangeRate()).contains(USD_JPY_150);
    }

    @Test
    void a_missing_rate_stops_the_estimate_with_a_clear_error() {
        assertThatThrownBy(() -> estimator.estimate(GPT_4O, Deployments.gpt4o(), new MonthlyVolume(1, 1, 1),
                Currency.getInstance("EUR"), rates))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessageContaining("no exchange rate from USD to EUR");
    }

    @Test
    void the_largest_volume_is_estimated_exactly() {
        // 10^10 requests × 2,000,000 tokens each way = 2×10^16 tokens each way.
        // input 2×10^16 × $2.50 / 1M = $50,000,000,000; output × $10.00 / 1M = $200,000,000,000 → $250,000,000,000
        // × 150 = ¥37,500,000,000,000
        MonthlyVolume max = new MonthlyVolume(MonthlyVolume.MAX_REQUESTS_PER_MONTH, MonthlyVolume.MAX_AVERAGE_TOKENS,
                MonthlyVolume.MAX_AVERAGE_TOKENS);

        assertThat(estimator.estimate(GPT_4O, Deployments.gpt4o(), max, JPY, rates).monthlyCost())
                .isEqualTo(Money.of("37500000000000", "JPY"));
        // 4×10^16 tokens / 10^9 per GPU = 40,000,000 GPUs × ¥500,000 + ¥200,000 = ¥20,000,000,200,000
        CostEstimate hosted = estimator.estimate(LLAMA_3_70B, Deployments.llamaOnPremises(), max, JPY, rates);
        assertThat(hosted.gpusNeeded()).hasValue(40_000_000L);
        assertThat(hosted.monthlyCost()).isEqualTo(Money.of("20000000200000", "JPY"));
    }

    @Test
    void a_cost_too_large_for_money_is_an_error_not_an_overflow() {
        Deployment absurd = Deployments.api("90000000000000000", "0", "JPY");
        MonthlyVolume max = new MonthlyVolume(MonthlyVolume.MAX_REQUESTS_PER_MONTH, MonthlyVolume.MAX_AVERAGE_TOKENS, 0);

        assertThatThrownBy(() -> estimator.estimate(GPT_4O, absurd, max, JPY, rates))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("volume: the estimated monthly cost 1800000000000000000000000000 JPY is too large");
    }

    @Test
    void inputs_are_required() {
        assertThatThrownBy(() -> estimator.estimate(GPT_4O, Deployments.gpt4o(), null, JPY, rates))
                .isInstanceOf(InvalidValueException.class).hasMessage("volume: is required");
        assertThatThrownBy(() -> estimator.estimate(GPT_4O, Deployments.gpt4o(), MonthlyVolume.none(), null, rates))
                .isInstanceOf(InvalidValueException.class).hasMessage("currency: is required");
    }

    @Test
    void an_estimate_keeps_its_parts_consistent() {
        CostBreakdown.Api lines = new CostBreakdown.Api(1, 1, Money.zero(USD), Money.zero(USD));

        assertThatThrownBy(() -> new CostEstimate(GPT_4O, DeploymentKind.ON_PREMISES, MonthlyVolume.none(),
                Money.zero(USD), lines, Optional.empty(), PRICES_AS_OF))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("breakdown: ");
        assertThatThrownBy(() -> new CostEstimate(GPT_4O, DeploymentKind.VENDOR_API, MonthlyVolume.none(),
                Money.zero(USD), lines, Optional.of(USD_JPY_150), PRICES_AS_OF))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("exchangeRate: ");
    }
}

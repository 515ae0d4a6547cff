package io.modelgate.domain.budget;

import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.cost.MissingExchangeRateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static io.modelgate.domain.budget.Prices.AS_OF;
import static io.modelgate.domain.budget.Prices.JPY;
import static io.modelgate.domain.budget.Prices.USD;
import static io.modelgate.domain.budget.Prices.USD_JPY_150;
import static io.modelgate.domain.budget.Prices.dollars;
import static io.modelgate.domain.budget.Prices.yen;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallCostTest {

    @Test
    void api_call_costs_tokens_times_price_per_million() {
        // GPT-4o: 1,000 × $2.50/1M = $0.0025; 500 × $10.00/1M = $0.0050; total $0.0075 = 7,500 micro-dollars
        assertThat(CallCost.of(Prices.gpt4o(), 1_000, 500, USD, USD_JPY_150)).isEqualTo(dollars(7_500));
        // × 150 JPY/USD = ¥1.125 = 1,125,000 micro-yen
        assertThat(CallCost.of(Prices.gpt4o(), 1_000, 500, JPY, USD_JPY_150)).isEqualTo(yen(1_125_000));
    }

    @ParameterizedTest(name = "GPT-4o, {0} in + {1} out = {2} micro-yen")
    @CsvSource({
            // in × 2.50 + out × 10.00 micro-dollars, × 150
            "0,         0,       0",
            "1,         0,       375",            // 2.5 micro-dollars × 150
            "0,         1,       1500",           // 10 × 150
            "1000000,   0,       375000000",      // $2.50 → ¥375
            "0,         1000000, 1500000000",     // $10.00 → ¥1,500
            "128000,    4096,    54144000",       // (320,000 + 40,960) × 150 = 54,144,000 (¥54.144)
            "3,         7,       11625",          // (7.5 + 70) × 150 = 11,625
    })
    void api_figures_by_hand(long input, long output, long microYen) {
        assertThat(CallCost.of(Prices.gpt4o(), input, output, JPY, USD_JPY_150)).isEqualTo(yen(microYen));
    }

    @Test
    void a_price_in_the_budget_currency_needs_no_rate() {
        // ¥300 / ¥1,200 per 1M: 2,000 × 300 + 100 × 1,200 = 720,000 micro-yen
        Deployment yenPriced = Prices.api("300", "1200", "JPY");

        assertThat(CallCost.of(yenPriced, 2_000, 100, JPY, ExchangeRates.none())).isEqualTo(yen(720_000));
    }

    @Test
    void rounds_once_half_up_after_conversion() {
        // GPT-4o mini, 1 input + 1 output token: 0.15 + 0.60 = 0.75 micro-dollars × 150 = 112.5 → 113 micro-yen.
        // Rounding to micro-dollars first would give 1 × 150 = 150.
        assertThat(CallCost.of(Prices.gpt4oMini(), 1, 1, JPY, USD_JPY_150)).isEqualTo(yen(113));
        // still in dollars: 0.75 → 1 micro-dollar (HALF_UP)
        assertThat(CallCost.of(Prices.gpt4oMini(), 1, 1, USD, USD_JPY_150)).isEqualTo(dollars(1));
        // GPT-4o, 1 input token at 150.6 JPY/USD: 2.5 × 150.6 = 376.5 → 377 (HALF_EVEN would give 376)
        ExchangeRates odd = ExchangeRates.of(ExchangeRate.of("USD", "JPY", "150.6", AS_OF));
        assertThat(CallCost.of(Prices.gpt4o(), 1, 0, JPY, odd)).isEqualTo(yen(377));
        // just below half: 2.5 × 150.599 = 376.4975 → 376
        ExchangeRates below = ExchangeRates.of(ExchangeRate.of("USD", "JPY", "150.599", AS_OF));
        assertThat(CallCost.of(Prices.gpt4o(), 1, 0, JPY, below)).isEqualTo(yen(376));
    }

    @Test
    void self_hosted_charges_the_marginal_gpu_share_without_the_fixed_operations_cost() {
        // ¥500,000 a month for 1,000,000,000 tokens: 1,500 tokens × 500,000 / 1e9 = ¥0.75 = 750,000 micro-yen.
        // The ¥200,000 monthly operations cost is a platform cost and is not charged per call.
        assertThat(CallCost.of(Prices.llamaOnPremises(), 1_000, 500, JPY, USD_JPY_150)).isEqualTo(yen(750_000));
        // input and output weigh the same
        assertThat(CallCost.of(Prices.llamaOnPremises(), 0, 1_500, JPY, USD_JPY_150)).isEqualTo(yen(750_000));
    }

    @Test
    void self_hosted_converts_and_divides_once() {
        // $3,000 a month for 2,000,000,000 tokens: 1,000 tokens → $0.0015 = 1,500 micro-dollars × 150 = 225,000 micro-yen
        Deployment cloud = Prices.selfHosted(DeploymentKind.PRIVATE_CLOUD, "3000.00", 2_000_000_000L, "0.00", "USD");
        assertThat(CallCost.of(cloud, 600, 400, JPY, USD_JPY_150)).isEqualTo(yen(225_000));

        // ¥500,000 for 3,000,000,000 tokens: 1 token = 500,000 × 1e6 / 3e9 = 166.666… → 167 micro-yen;
        // 1,000 tokens = 166,666.666… → 166,667 (not 1,000 × 167 = 167,000)
        Deployment slow = Prices.selfHosted(DeploymentKind.ON_PREMISES, "500000", 3_000_000_000L, "0", "JPY");
        assertThat(CallCost.of(slow, 1, 0, JPY, USD_JPY_150)).isEqualTo(yen(167));
        assertThat(CallCost.of(slow, 1_000, 0, JPY, USD_JPY_150)).isEqualTo(yen(166_667));
        assertThat(CallCost.of(slow, 0, 0, JPY, USD_JPY_150)).isEqualTo(yen(0));
    }

    @Test
    void marginal_cost_per_million_tokens_blends_api_prices_one_to_one() {
        // GPT-4o: 500,000 × 2.50 + 500,000 × 10.00 = 6,250,000 micro-dollars ($6.25) × 150 = ¥937.5
        assertThat(CallCost.marginalPerMillionTokens(Prices.gpt4o(), JPY, USD_JPY_150)).isEqualTo(yen(937_500_000));
        // GPT-4o mini: (0.15 + 0.60) / 2 = $0.375 × 150 = ¥56.25
        assertThat(CallCost.marginalPerMillionTokens(Prices.gpt4oMini(), JPY, USD_JPY_150)).isEqualTo(yen(56_250_000));
        // on premises: ¥500,000 / 1e9 × 1e6 = ¥500
        assertThat(CallCost.marginalPerMillionTokens(Prices.llamaOnPremises(), JPY, USD_JPY_150))
                .isEqualTo(yen(500_000_000));
    }

    @Test
    void a_missing_exchange_rate_is_a_configuration_error() {
        assertThatThrownBy(() -> CallCost.of(Prices.gpt4o(), 1, 1, JPY, ExchangeRates.none()))
                .isInstanceOf(MissingExchangeRateException.class);
        assertThatThrownBy(() -> CallCost.marginalPerMillionTokens(Prices.llamaOnPremises(), USD, USD_JPY_150))
                .isInstanceOf(MissingExchangeRateException.class);
    }

    @Test
    void absurd_token_counts_are_refused_not_wrapped() {
        // Long.MAX_VALUE × $10 of output is about 9.2e19 micro-dollars: beyond a long
        assertInvalid(() -> CallCost.of(Prices.gpt4o(), 0, Long.MAX_VALUE, USD, USD_JPY_150), "tokens");
        assertInvalid(() -> CallCost.of(Prices.gpt4o(), Long.MAX_VALUE, Long.MAX_VALUE, JPY, USD_JPY_150), "tokens");
        // the sum of the two counts is computed without overflow
        Deployment free = Prices.api("0", "0", "USD");
        assertThat(CallCost.of(free, Long.MAX_VALUE, Long.MAX_VALUE, USD, USD_JPY_150)).isEqualTo(dollars(0));
    }

    @Test
    void inputs_are_checked() {
        assertInvalid(() -> CallCost.of(Prices.gpt4o(), -1, 0, JPY, USD_JPY_150), "inputTokens");
        assertInvalid(() -> CallCost.of(Prices.gpt4o(), 0, -1, JPY, USD_JPY_150), "outputTokens");
        assertInvalid(() -> CallCost.of(null, 0, 0, JPY, USD_JPY_150), "deployment");
        assertInvalid(() -> CallCost.of(Prices.gpt4o(), 0, 0, null, USD_JPY_150), "currency");
        assertInvalid(() -> CallCost.of(Prices.gpt4o(), 0, 0, JPY, null), "exchangeRates");
    }

    @Test
    void cost_never_decreases_when_a_token_count_grows() {
        Random random = new Random(42);
        Deployment[] deployments = {Prices.gpt4o(), Prices.gpt4oMini(), Prices.llamaOnPremises(),
                Prices.selfHosted(DeploymentKind.PRIVATE_CLOUD, "2999.99", 1_234_567_891L, "0.00", "USD")};
        for (int i = 0; i < 2_000; i++) {
            Deployment deployment = deployments[i % deployments.length];
            long input = random.nextInt(200_000);
            long output = random.nextInt(8_000);
            MicroAmount cost = CallCost.of(deployment, input, output, JPY, USD_JPY_150);
            assertThat(CallCost.of(deployment, input + random.nextInt(3), output, JPY, USD_JPY_150)).isGreaterThanOrEqualTo(cost);
            assertThat(CallCost.of(deployment, input, output + random.nextInt(3), JPY, USD_JPY_150)).isGreaterThanOrEqualTo(cost);
        }
    }
}

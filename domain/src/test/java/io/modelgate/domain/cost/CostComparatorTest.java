package io.modelgate.domain.cost;

import io.modelgate.domain.testing.Deployments;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.usecase.MonthlyVolume;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;

import static io.modelgate.domain.testing.Deployments.GPT_4O;
import static io.modelgate.domain.testing.Deployments.GPT_4O_MINI;
import static io.modelgate.domain.testing.Deployments.JPY;
import static io.modelgate.domain.testing.Deployments.LLAMA_3_70B;
import static io.modelgate.domain.testing.Deployments.USD_JPY_150;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CostComparatorTest {

    private static final MonthlyVolume VOLUME = new MonthlyVolume(1_000_000, 500, 200);

    private final CostComparator comparator = new CostComparator();
    private final ExchangeRates rates = ExchangeRates.of(USD_JPY_150);

    private final CostCandidate gpt4o = new CostCandidate(GPT_4O, Deployments.gpt4o());
    private final CostCandidate mini = new CostCandidate(GPT_4O_MINI, Deployments.gpt4oMini());
    private final CostCandidate llama = new CostCandidate(LLAMA_3_70B, Deployments.llamaOnPremises());

    @Test
    void candidates_are_ranked_cheapest_first() {
        // gpt-4o-mini: (500,000,000 × $0.15 + 200,000,000 × $0.60) / 1M = $75 + $120 = $195 × 150 = ¥29,250
        // gpt-4o:      $1,250 + $2,000 = $3,250 × 150 = ¥487,500
        // llama:       700,000,000 tokens → 1 GPU: ¥500,000 + ¥200,000 = ¥700,000
        TcoComparison comparison = comparator.compare(List.of(llama, gpt4o, mini), VOLUME, JPY, rates);

        assertThat(comparison.ranked()).extracting(CostEstimate::model, CostEstimate::monthlyCost).containsExactly(
                tuple(GPT_4O_MINI, Money.of("29250", "JPY")),
                tuple(GPT_4O, Money.of("487500", "JPY")),
                tuple(LLAMA_3_70B, Money.of("700000", "JPY")));
        assertThat(comparison.cheapest().model()).isEqualTo(GPT_4O_MINI);
        assertThat(comparison.currency()).isEqualTo(JPY);
        assertThat(comparison.volume()).isEqualTo(VOLUME);
    }

    @Test
    void equal_costs_are_ordered_by_model_id_then_deployment() {
        CostCandidate beta = new CostCandidate(new ModelId("beta"), Deployments.gpt4o());
        CostCandidate alpha = new CostCandidate(new ModelId("alpha"), Deployments.gpt4o());
        CostCandidate alphaCloud = new CostCandidate(new ModelId("alpha"),
                Deployments.selfHosted(DeploymentKind.PRIVATE_CLOUD, "387500", 1_000_000_000L, "100000", "JPY"));

        TcoComparison comparison = comparator.compare(List.of(beta, alphaCloud, alpha), VOLUME, JPY, rates);

        assertThat(comparison.ranked()).extracting(e -> e.model().value(), CostEstimate::deployment).containsExactly(
                tuple("alpha", DeploymentKind.VENDOR_API),
                tuple("alpha", DeploymentKind.PRIVATE_CLOUD),
                tuple("beta", DeploymentKind.VENDOR_API));
        assertThat(comparison.ranked()).extracting(CostEstimate::monthlyCost).containsOnly(Money.of("487500", "JPY"));
    }

    @Test
    void each_self_hosted_candidate_gets_a_break_even_against_each_api() {
        TcoComparison comparison = comparator.compare(List.of(gpt4o, llama, mini), VOLUME, JPY, rates);

        // vs gpt-4o: 4,512,821 requests (see BreakEvenTest). vs gpt-4o-mini: ¥0.02925 a request of 700 tokens is
        // ¥0.0000418 a token, below the GPU's ¥0.0005 a token: never.
        assertThat(comparison.breakEvens()).extracting(SelfHostingBreakEven::selfHostedModel,
                SelfHostingBreakEven::selfHostedDeployment, SelfHostingBreakEven::apiModel,
                b -> b.breakEven().kind(), b -> b.breakEven().requestsPerMonth().orElse(-1)).containsExactly(
                tuple(LLAMA_3_70B, DeploymentKind.ON_PREMISES, GPT_4O, BreakEven.Kind.AT_VOLUME, 4_512_821L),
                tuple(LLAMA_3_70B, DeploymentKind.ON_PREMISES, GPT_4O_MINI, BreakEven.Kind.NEVER, -1L));
    }

    @Test
    void api_only_or_self_hosted_only_comparisons_have_no_break_even() {
        assertThat(comparator.compare(List.of(gpt4o, mini), VOLUME, JPY, rates).breakEvens()).isEmpty();
        assertThat(comparator.compare(List.of(llama), VOLUME, JPY, rates).breakEvens()).isEmpty();
    }

    @Test
    void the_same_candidate_twice_is_refused() {
        assertThatThrownBy(() -> comparator.compare(List.of(gpt4o, llama, new CostCandidate(GPT_4O, Deployments.gpt4oMini())),
                VOLUME, JPY, rates))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("candidates: lists gpt-4o (VENDOR_API) twice");
    }

    @Test
    void at_least_one_candidate_is_needed() {
        assertThatThrownBy(() -> comparator.compare(List.of(), VOLUME, JPY, rates))
                .isInstanceOf(InvalidValueException.class).hasMessage("candidates: must not be empty");
    }

    @Test
    void a_candidate_priced_in_an_unconfigured_currency_is_a_clear_error() {
        assertThatThrownBy(() -> comparator.compare(List.of(llama, gpt4o), VOLUME, Currency.getInstance("EUR"), rates))
                .isInstanceOf(MissingExchangeRateException.class);
    }
}

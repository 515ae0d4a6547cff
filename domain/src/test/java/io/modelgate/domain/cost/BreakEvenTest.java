package io.modelgate.domain.cost;

import io.modelgate.domain.testing.Deployments;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.usecase.MonthlyVolume;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static io.modelgate.domain.testing.Deployments.GPT_4O;
import static io.modelgate.domain.testing.Deployments.JPY;
import static io.modelgate.domain.testing.Deployments.LLAMA_3_70B;
import static io.modelgate.domain.testing.Deployments.USD;
import static io.modelgate.domain.testing.Deployments.USD_JPY_150;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakEvenTest {

    private static final MonthlyVolume PROFILE = new MonthlyVolume(1_000_000, 500, 200);

    private final CostComparator comparator = new CostComparator();
    private final CostEstimator estimator = new CostEstimator();
    private final ExchangeRates rates = ExchangeRates.of(USD_JPY_150);

    private final CostCandidate llamaOnPremises = new CostCandidate(LLAMA_3_70B, Deployments.llamaOnPremises());
    private final CostCandidate gpt4o = new CostCandidate(GPT_4O, Deployments.gpt4o());

    @Test
    void self_hosting_becomes_cheaper_for_good_at_an_exact_volume() {
        // API per request: (500 × $2.50 + 200 × $10.00) / 1M = $0.00325 × 150 = ¥0.4875.
        // Self-hosted: ¥200,000 + ¥500,000 per GPU of 10^9 tokens = 1,428,571.43 requests of 700 tokens.
        // Step n (n GPUs) starts at floor((n-1)·10^9/700) + 1; it is not cheaper up to (200,000 + 500,000·n) / 0.4875:
        //   n = 4: starts 4,285,715, ¥2,200,000 / 0.4875 = 4,512,820.5 → not cheaper up to 4,512,820
        //   n = 5: starts 5,714,286, ¥2,700,000 vs 0.4875 × 5,714,286 = ¥2,785,714.4 → cheaper, and every later step too.
        // Break-even: 4,512,821 requests = 3,158,974,700 tokens.
        BreakEven breakEven = comparator.breakEven(llamaOnPremises, gpt4o, PROFILE, JPY, rates);

        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.AT_VOLUME);
        assertThat(breakEven.requestsPerMonth()).hasValue(4_512_821L);
        assertThat(breakEven.tokensPerMonth()).hasValue(3_158_974_700L);
        assertThat(breakEven.sentence()).isEqualTo("Self-hosting llama-3-70b-instruct (ON_PREMISES) costs less than"
                + " gpt-4o (VENDOR_API) from 4,512,821 requests a month (3,158,974,700 tokens at 500 input and 200"
                + " output tokens per request) and at every higher volume.");
    }

    @Test
    void around_the_break_even_the_estimates_agree() {
        // 4,512,820 requests: self-hosted ¥2,200,000 ≥ API ¥2,199,999.75 (rounds to ¥2,200,000)
        // 4,512,821 requests: self-hosted ¥2,200,000 < API ¥2,200,000.2375 (rounds to ¥2,200,000)
        assertThat(cost(llamaOnPremises, 4_512_820)).isEqualTo(Money.of("2200000", "JPY"));
        assertThat(cost(gpt4o, 4_512_820)).isEqualTo(Money.of("2200000", "JPY"));
        assertThat(cost(llamaOnPremises, 4_512_821)).isEqualTo(Money.of("2200000", "JPY"));
        // well below: 1,000,000 requests ¥700,000 vs ¥487,500; well above: 10,000,000 requests ¥3,700,000 vs ¥4,875,000.
        assertThat(cost(llamaOnPremises, 1_000_000)).isGreaterThan(cost(gpt4o, 1_000_000));
        assertThat(cost(llamaOnPremises, 10_000_000)).isLessThan(cost(gpt4o, 10_000_000));
    }

    @Test
    void self_hosting_can_be_cheaper_at_every_volume() {
        // API: (500 × $100 + 200 × $100) / 1M = $0.07 a request. GPU: $0.05 for 7,000 tokens (10 requests), ops $0.01.
        // r = 1: $0.06 < $0.07; each later step adds $0.05 per 10 requests while the API adds $0.70.
        CostCandidate pricey = new CostCandidate(new ModelId("pricey-api"), Deployments.api("100.00", "100.00", "USD"));
        CostCandidate tiny = new CostCandidate(new ModelId("tiny-gpu"),
                Deployments.selfHosted(DeploymentKind.PRIVATE_CLOUD, "0.05", 7_000, "0.01", "USD"));

        BreakEven breakEven = comparator.breakEven(tiny, pricey, PROFILE, USD, rates);

        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.ALWAYS);
        assertThat(breakEven.requestsPerMonth()).isEmpty();
        assertThat(breakEven.sentence()).isEqualTo("Self-hosting tiny-gpu (PRIVATE_CLOUD) costs less than pricey-api"
                + " (VENDOR_API) at every volume from 1 request a month (500 input and 200 output tokens per request).");
    }

    @Test
    void self_hosting_is_never_cheaper_when_a_gpu_costs_more_per_token_than_the_api() {
        // GPU: ¥500,000 / 10^8 tokens = ¥0.005 a token; API: ¥0.4875 / 700 = ¥0.000696 a token.
        CostCandidate small = new CostCandidate(LLAMA_3_70B,
                Deployments.selfHosted(DeploymentKind.ON_PREMISES, "500000", 100_000_000L, "0", "JPY"));

        BreakEven breakEven = comparator.breakEven(small, gpt4o, PROFILE, JPY, rates);

        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.NEVER);
        assertThat(breakEven.requestsPerMonth()).isEmpty();
        assertThat(breakEven.tokensPerMonth()).isEmpty();
        assertThat(breakEven.sentence()).contains("is never cheaper than gpt-4o (VENDOR_API)")
                .contains("a GPU costs at least as much per token");
    }

    @Test
    void equal_marginal_cost_per_token_is_never_strictly_cheaper() {
        // API $0.00325 a request of 700 tokens; GPU $3.25 for 700,000 tokens (1,000 requests), no operations cost:
        // self-hosted = $3.25 · ceil(r / 1,000) ≥ $0.00325 · r, equal at every multiple of 1,000.
        CostCandidate same = new CostCandidate(LLAMA_3_70B,
                Deployments.selfHosted(DeploymentKind.ON_PREMISES, "3.25", 700_000L, "0", "USD"));

        assertThat(comparator.breakEven(same, gpt4o, PROFILE, USD, rates).kind()).isEqualTo(BreakEven.Kind.NEVER);
    }

    @Test
    void requests_without_tokens_never_favour_self_hosting() {
        BreakEven breakEven = comparator.breakEven(llamaOnPremises, gpt4o, new MonthlyVolume(1_000, 0, 0), JPY, rates);

        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.NEVER);
        assertThat(breakEven.sentence()).contains("requests of 0 tokens cost nothing through the API");
    }

    @Test
    void a_free_api_is_never_beaten() {
        CostCandidate free = new CostCandidate(new ModelId("free-api"), Deployments.api("0", "0", "USD"));
        CostCandidate freeGpu = new CostCandidate(LLAMA_3_70B,
                Deployments.selfHosted(DeploymentKind.ON_PREMISES, "0", 1L, "0", "USD"));

        assertThat(comparator.breakEven(llamaOnPremises, free, PROFILE, JPY, rates).kind()).isEqualTo(BreakEven.Kind.NEVER);
        assertThat(comparator.breakEven(freeGpu, free, PROFILE, USD, rates).kind()).isEqualTo(BreakEven.Kind.NEVER);
    }

    @Test
    void free_gpus_with_an_operations_cost_break_even_when_the_api_bill_passes_it() {
        // GPUs cost nothing, operations $1,000.00; API $0.00325 a request: 1,000 / 0.00325 = 307,692.3
        // → not cheaper up to 307,692 requests, cheaper from 307,693.
        CostCandidate freeGpus = new CostCandidate(LLAMA_3_70B,
                Deployments.selfHosted(DeploymentKind.ON_PREMISES, "0", 1_000L, "1000.00", "USD"));

        BreakEven breakEven = comparator.breakEven(freeGpus, gpt4o, PROFILE, USD, rates);

        assertThat(breakEven.requestsPerMonth()).hasValue(307_693L);
        assertThat(breakEven.tokensPerMonth()).hasValue(307_693L * 700);
    }

    @Test
    void a_break_even_beyond_any_representable_volume_is_reported_as_never() {
        // API $0.01 per 1M input tokens, 1 token a request: $0.00000001 a request; operations $10^12:
        // break-even after 10^20 requests, beyond 9.2×10^18 tokens.
        CostCandidate cheapApi = new CostCandidate(new ModelId("cheap-api"), Deployments.api("0.01", "0", "USD"));
        CostCandidate costly = new CostCandidate(LLAMA_3_70B,
                Deployments.selfHosted(DeploymentKind.ON_PREMISES, "0", 1_000_000_000L, "1000000000000.00", "USD"));

        BreakEven breakEven = comparator.breakEven(costly, cheapApi, new MonthlyVolume(1, 1, 0), USD, rates);

        assertThat(breakEven.kind()).isEqualTo(BreakEven.Kind.NEVER);
        assertThat(breakEven.sentence()).contains("only beyond 9,223,372,036,854,775,807 tokens a month");
    }

    @Test
    void break_even_is_between_a_self_hosted_and_an_api_candidate() {
        assertThatThrownBy(() -> comparator.breakEven(gpt4o, gpt4o, PROFILE, JPY, rates))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("selfHosted: ");
        assertThatThrownBy(() -> comparator.breakEven(llamaOnPremises, llamaOnPremises, PROFILE, JPY, rates))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("api: ");
    }

    @Test
    void a_break_even_value_is_consistent() {
        assertThatThrownBy(() -> new BreakEven(BreakEven.Kind.NEVER, OptionalLong.of(5), OptionalLong.empty(), "x"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new BreakEven(BreakEven.Kind.AT_VOLUME, OptionalLong.of(1), OptionalLong.of(700), "x"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("breakEven.requestsPerMonth: ");
        assertThat(new BreakEven(BreakEven.Kind.AT_VOLUME, OptionalLong.of(2), OptionalLong.of(1_400), "x").kind())
                .isEqualTo(BreakEven.Kind.AT_VOLUME);
    }

    private Money cost(CostCandidate candidate, long requests) {
        return estimator.estimate(candidate.model(), candidate.deployment(), PROFILE.withRequestsPerMonth(requests), JPY,
                rates).monthlyCost();
    }
}

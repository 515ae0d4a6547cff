package io.modelgate.domain.budget;

import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.modelgate.domain.budget.Prices.JPY;
import static io.modelgate.domain.budget.Prices.USD_JPY_150;
import static io.modelgate.domain.budget.Prices.yen;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ReservationTest {

    @Test
    void prices_the_estimated_prompt_as_input_and_max_tokens_as_output() {
        // GPT-4o, 1,200 prompt tokens and max_tokens 800: (1,200 × 2.50 + 800 × 10.00) × 150
        // = (3,000 + 8,000) × 150 = 1,650,000 micro-yen (¥1.65)
        Reservation reservation = Reservation.maxFor(Prices.gpt4o(), 1_200, 800, JPY, USD_JPY_150);

        assertThat(reservation).isEqualTo(new Reservation(1_200, 800, yen(1_650_000)));
        assertThat(reservation.amount()).isEqualTo(CallCost.of(Prices.gpt4o(), 1_200, 800, JPY, USD_JPY_150));
    }

    @Test
    void covers_the_token_counts_it_priced() {
        Reservation reservation = new Reservation(1_200, 800, yen(1_650_000));

        assertThat(reservation.covers(1_200, 800)).isTrue();
        assertThat(reservation.covers(0, 0)).isTrue();
        assertThat(reservation.covers(1_201, 800)).isFalse();
        assertThat(reservation.covers(1_200, 801)).isFalse();
        assertThat(reservation.covers(-1, 0)).isFalse();
    }

    @Test
    void is_at_least_the_actual_cost_whenever_the_actual_tokens_stay_within_the_estimate() {
        Random random = new Random(7);
        Deployment[] deployments = {Prices.gpt4o(), Prices.gpt4oMini(), Prices.llamaOnPremises(),
                Prices.selfHosted(DeploymentKind.PRIVATE_CLOUD, "3333.33", 999_999_937L, "100.00", "USD")};
        for (int i = 0; i < 5_000; i++) {
            Deployment deployment = deployments[i % deployments.length];
            long prompt = random.nextInt(100_000);
            int maxTokens = 1 + random.nextInt(16_000);
            Reservation reservation = Reservation.maxFor(deployment, prompt, maxTokens, JPY, USD_JPY_150);
            long actualInput = prompt == 0 ? 0 : random.nextLong(prompt + 1);
            long actualOutput = random.nextInt(maxTokens + 1);

            assertThat(reservation.covers(actualInput, actualOutput)).isTrue();
            assertThat(CallCost.of(deployment, actualInput, actualOutput, JPY, USD_JPY_150))
                    .isLessThanOrEqualTo(reservation.amount());
        }
    }

    @Test
    void inputs_are_checked() {
        assertInvalid(() -> Reservation.maxFor(Prices.gpt4o(), -1, 10, JPY, USD_JPY_150), "promptTokens");
        assertInvalid(() -> Reservation.maxFor(Prices.gpt4o(), 10, 0, JPY, USD_JPY_150), "maxTokens");
        assertInvalid(() -> new Reservation(1, 1, yen(-1)), "amount");
        assertInvalid(() -> new Reservation(1, 1, null), "amount");
    }
}

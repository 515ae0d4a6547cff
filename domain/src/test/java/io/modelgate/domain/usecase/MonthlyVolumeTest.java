package io.modelgate.domain.usecase;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthlyVolumeTest {

    @Test
    void token_totals_are_exact() {
        MonthlyVolume volume = new MonthlyVolume(1_000_000, 500, 200);

        assertThat(volume.inputTokensPerMonth()).isEqualTo(500_000_000L);
        assertThat(volume.outputTokensPerMonth()).isEqualTo(200_000_000L);
        assertThat(volume.totalTokensPerMonth()).isEqualTo(700_000_000L);
        assertThat(volume.tokensPerRequest()).isEqualTo(700);
        assertThat(volume.isZero()).isFalse();
    }

    @Test
    void the_largest_volume_still_fits_exactly() {
        MonthlyVolume max = new MonthlyVolume(MonthlyVolume.MAX_REQUESTS_PER_MONTH, MonthlyVolume.MAX_AVERAGE_TOKENS,
                MonthlyVolume.MAX_AVERAGE_TOKENS);

        assertThat(max.inputTokensPerMonth()).isEqualTo(20_000_000_000_000_000L);
        assertThat(max.totalTokensPerMonth()).isEqualTo(40_000_000_000_000_000L);
    }

    @Test
    void zero_requests_or_zero_tokens_is_no_volume() {
        assertThat(MonthlyVolume.none().isZero()).isTrue();
        assertThat(new MonthlyVolume(1_000, 0, 0).isZero()).isTrue();
        assertThat(new MonthlyVolume(0, 500, 200).isZero()).isTrue();
        assertThat(new MonthlyVolume(0, 500, 200).withRequestsPerMonth(3).totalTokensPerMonth()).isEqualTo(2_100);
    }

    @ParameterizedTest
    @CsvSource({
            "-1, 0, 0, volume.requestsPerMonth",
            "10000000001, 0, 0, volume.requestsPerMonth",
            "0, -1, 0, volume.averageInputTokens",
            "0, 2000001, 0, volume.averageInputTokens",
            "0, 0, -1, volume.averageOutputTokens",
            "0, 0, 2000001, volume.averageOutputTokens"})
    void out_of_bounds_values_name_their_field(long requests, long input, long output, String field) {
        assertThatThrownBy(() -> new MonthlyVolume(requests, input, output))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }
}

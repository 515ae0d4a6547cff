package io.modelgate.domain.routing;

import io.modelgate.domain.catalog.QualityTier;
import io.modelgate.domain.usecase.TaskCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class TierPreferenceTest {

    @ParameterizedTest(name = "{0} → {1}, then {2}, then {3}")
    @CsvSource({
            "CODE_ASSIST,           FRONTIER, STANDARD, COMPACT",
            "CONFIDENTIAL_ANALYSIS, FRONTIER, STANDARD, COMPACT",
            "REPORT_GENERATION,     STANDARD, FRONTIER, COMPACT",
            "KNOWLEDGE_SEARCH,      STANDARD, FRONTIER, COMPACT",
            "CUSTOMER_CHAT,         STANDARD, FRONTIER, COMPACT",
            "OTHER,                 STANDARD, FRONTIER, COMPACT",
    })
    void each_task_prefers_a_tier_then_the_nearest(TaskCategory task, QualityTier first, QualityTier second,
                                                   QualityTier third) {
        assertThat(TierPreference.preferredFor(task)).isEqualTo(first);
        assertThat(TierPreference.orderFor(task)).containsExactly(first, second, third);
        assertThat(TierPreference.rank(task, first)).isZero();
        assertThat(TierPreference.rank(task, second)).isEqualTo(1);
        assertThat(TierPreference.rank(task, third)).isEqualTo(2);
    }

    @Test
    void inputs_are_checked() {
        assertInvalid(() -> TierPreference.preferredFor(null), "taskCategory");
        assertInvalid(() -> TierPreference.rank(TaskCategory.OTHER, null), "qualityTier");
    }
}

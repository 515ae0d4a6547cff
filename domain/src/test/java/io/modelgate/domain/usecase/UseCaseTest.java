package io.modelgate.domain.usecase;

import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UseCaseTest {

    private static UseCase withPurposeAndUsers(String purpose, long users) {
        return new UseCase(purpose, TaskCategory.REPORT_GENERATION, Audience.INTERNAL, true, false, false, users,
                DataClassification.CONFIDENTIAL, new MonthlyVolume(1_000, 500, 200));
    }

    @Test
    void a_use_case_keeps_its_facts_and_trims_the_purpose() {
        UseCase useCase = withPurposeAndUsers("  Monthly sales report  ", 40);

        assertThat(useCase.purpose()).isEqualTo("Monthly sales report");
        assertThat(useCase.servesExternalCustomers()).isFalse();
        assertThat(useCase.publishesDerivative()).isFalse();
    }

    @Test
    void the_purpose_is_required_and_at_most_2000_characters() {
        assertThat(withPurposeAndUsers("x".repeat(2000), 1).purpose()).hasSize(2000);
        assertThatThrownBy(() -> withPurposeAndUsers("x".repeat(2001), 1))
                .isInstanceOf(InvalidValueException.class).hasMessage("purpose: must be at most 2000 characters");
        assertThatThrownBy(() -> withPurposeAndUsers(" ", 1))
                .isInstanceOf(InvalidValueException.class).hasMessage("purpose: must not be blank");
    }

    @ParameterizedTest
    @CsvSource({"-1", "10000000001"})
    void monthly_active_users_are_bounded(long users) {
        assertThatThrownBy(() -> withPurposeAndUsers("p", users))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("expectedMonthlyActiveUsers"));
    }

    @ParameterizedTest
    @CsvSource({"0", "10000000000"})
    void monthly_active_users_bounds_are_inclusive(long users) {
        assertThat(withPurposeAndUsers("p", users).expectedMonthlyActiveUsers()).isEqualTo(users);
    }

    @Test
    void a_fine_tune_given_to_others_is_a_published_derivative() {
        UseCase useCase = new UseCase("Publish a Japanese fine-tune", TaskCategory.OTHER, Audience.EXTERNAL_CUSTOMERS,
                true, true, true, 10, DataClassification.PUBLIC, MonthlyVolume.none());

        assertThat(useCase.publishesDerivative()).isTrue();
        assertThat(useCase.servesExternalCustomers()).isTrue();
    }

    @Test
    void every_fact_is_required() {
        assertThatThrownBy(() -> new UseCase("p", null, Audience.INTERNAL, true, false, false, 1,
                DataClassification.PUBLIC, MonthlyVolume.none())).hasMessage("taskCategory: is required");
        assertThatThrownBy(() -> new UseCase("p", TaskCategory.OTHER, null, true, false, false, 1,
                DataClassification.PUBLIC, MonthlyVolume.none())).hasMessage("audience: is required");
        assertThatThrownBy(() -> new UseCase("p", TaskCategory.OTHER, Audience.INTERNAL, true, false, false, 1,
                null, MonthlyVolume.none())).hasMessage("highestClassification: is required");
        assertThatThrownBy(() -> new UseCase("p", TaskCategory.OTHER, Audience.INTERNAL, true, false, false, 1,
                DataClassification.PUBLIC, null)).hasMessage("volume: is required");
    }
}

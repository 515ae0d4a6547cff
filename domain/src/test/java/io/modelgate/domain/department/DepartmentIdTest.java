package io.modelgate.domain.department;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class DepartmentIdTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"sales", "legal", "r-and-d", "legal.contracts", "hr2", "7", "a"})
    void acceptsSlugs(String slug) {
        DepartmentId id = new DepartmentId(slug);

        assertThat(id.value()).isEqualTo(slug);
        assertThat(id).hasToString(slug);
    }

    @Test
    void stripsSurroundingWhitespace() {
        assertThat(new DepartmentId("  sales\t").value()).isEqualTo("sales");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Sales", "r_and_d", "r and d", "-sales", "sales-", "sales--eu", "営業", "sales/eu"})
    void refusesNonSlugs(String value) {
        InvalidValueException e = assertInvalid(() -> new DepartmentId(value), "department");
        assertThat(e.reason()).startsWith("must be a slug");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void refusesMissingOrBlank(String value) {
        assertInvalid(() -> new DepartmentId(value), "department");
    }

    @ParameterizedTest(name = "length {0} accepted={1}")
    @CsvSource({"1,true", "63,true", "64,true", "65,false", "200,false"})
    void isAtMost64Characters(int length, boolean accepted) {
        String value = "d".repeat(length);
        if (accepted) {
            assertThat(new DepartmentId(value).value()).hasSize(length);
        } else {
            assertThat(assertInvalid(() -> new DepartmentId(value), "department").reason())
                    .isEqualTo("must be at most 64 characters");
        }
    }

    @Test
    void equalValuesAreEqualIds() {
        assertThat(new DepartmentId("sales")).isEqualTo(new DepartmentId(" sales "));
    }
}

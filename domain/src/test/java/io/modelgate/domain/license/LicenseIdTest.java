package io.modelgate.domain.license;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class LicenseIdTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"apache-2.0", "mit", "cc-by-nc-4.0", "llama-3-community", "gemma-terms-of-use",
            "openai-terms", "a", "1"})
    void acceptsSlugs(String slug) {
        LicenseId id = new LicenseId(slug);

        assertThat(id.value()).isEqualTo(slug);
        assertThat(id).hasToString(slug);
    }

    @Test
    void stripsSurroundingWhitespace() {
        assertThat(new LicenseId("  mit ").value()).isEqualTo("mit");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Apache-2.0", "MIT", "apache 2.0", "apache_2.0", "-mit", "mit-", "cc--by", "cc-by-nc-4.",
            "ライセンス", "apache/2.0"})
    void refusesNonSlugs(String value) {
        InvalidValueException e = assertInvalid(() -> new LicenseId(value), "licenseId");
        assertThat(e.reason()).startsWith("must be a slug");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesMissingOrBlank(String value) {
        assertInvalid(() -> new LicenseId(value), "licenseId");
    }

    @ParameterizedTest(name = "length {0} accepted={1}")
    @CsvSource({
            "64,true",
            "65,false",
    })
    void isAtMost64Characters(int length, boolean accepted) {
        String value = "l".repeat(length);
        if (accepted) {
            assertThat(new LicenseId(value).value()).hasSize(length);
        } else {
            assertInvalid(() -> new LicenseId(value), "licenseId");
        }
    }

    @Test
    void equalityIsByValue() {
        assertThat(new LicenseId("mit")).isEqualTo(new LicenseId(" mit")).isNotEqualTo(new LicenseId("apache-2.0"));
    }
}

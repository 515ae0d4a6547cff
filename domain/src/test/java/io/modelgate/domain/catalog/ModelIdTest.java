package io.modelgate.domain.catalog;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ModelIdTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"gpt-4o", "claude-3-5-sonnet", "gemini-1.5-pro", "llama-3-70b-instruct",
            "mistral-7b-instruct-v0.3", "gemma-2-9b", "tsuzumi-7b", "llama-3-swallow-70b", "a", "7", "x.y.z"})
    void acceptsSlugs(String slug) {
        ModelId id = new ModelId(slug);

        assertThat(id.value()).isEqualTo(slug);
        assertThat(id).hasToString(slug);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "'  gpt-4o  '|gpt-4o",
            "'\tgemma-2b\n'|gemma-2b",
    })
    void stripsSurroundingWhitespace(String raw, String value) {
        assertThat(new ModelId(raw).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"GPT-4o", "Llama-3", "llama_3", "llama 3", "-llama", "llama-", ".llama", "llama.",
            "llama--3", "llama..3", "llama-.3", "モデル", "model/v1", "model:v1", "model@1", "ｇｐｔ"})
    void refusesNonSlugs(String value) {
        InvalidValueException e = assertInvalid(() -> new ModelId(value), "id");
        assertThat(e.reason()).startsWith("must be a slug");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void refusesMissingOrBlank(String value) {
        assertInvalid(() -> new ModelId(value), "id");
    }

    @ParameterizedTest(name = "length {0} accepted={1}")
    @CsvSource({
            "1,true",
            "63,true",
            "64,true",
            "65,false",
            "200,false",
    })
    void isAtMost64Characters(int length, boolean accepted) {
        String value = "m".repeat(length);
        if (accepted) {
            assertThat(new ModelId(value).value()).hasSize(length);
        } else {
            assertThat(assertInvalid(() -> new ModelId(value), "id").reason())
                    .isEqualTo("must be at most 64 characters");
        }
    }

    @Test
    void maxLengthIs64() {
        assertThat(ModelId.MAX_LENGTH).isEqualTo(64);
    }

    @Test
    void equalityIsByValue() {
        assertThat(new ModelId("gpt-4o"))
                .isEqualTo(new ModelId(" gpt-4o "))
                .hasSameHashCodeAs(new ModelId("gpt-4o"))
                .isNotEqualTo(new ModelId("gpt-4o-mini"));
    }
}

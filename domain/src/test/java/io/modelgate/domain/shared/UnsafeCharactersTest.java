package io.modelgate.domain.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule on characters: by where the text goes, naming the character and its place. */
class UnsafeCharactersTest {

    @ParameterizedTest(name = "{0}: parameter {1}, text {2}, prompt {3}")
    @CsvSource(delimiter = '|', value = {
            "NUL        | refused | refused | refused",
            "SOH        | refused | refused | allowed",
            "TAB        | refused | allowed | allowed",
            "LF         | refused | allowed | allowed",
            "DEL        | refused | refused | allowed",
            "NEL        | refused | refused | allowed",
            "LONE_HIGH  | refused | refused | refused",
            "LONE_LOW   | refused | refused | refused",
            "PAIR       | allowed | allowed | allowed",
            "JAPANESE   | allowed | allowed | allowed"})
    void decides_by_where_the_text_goes(Sample sample, String parameter, String text, String prompt) {
        assertThat(UnsafeCharacters.PARAMETER.check(sample.value).isEmpty()).isEqualTo(parameter.equals("allowed"));
        assertThat(UnsafeCharacters.TEXT.check(sample.value).isEmpty()).isEqualTo(text.equals("allowed"));
        assertThat(UnsafeCharacters.PROMPT.check(sample.value).isEmpty()).isEqualTo(prompt.equals("allowed"));
    }

    @Test
    void names_the_character_and_where_it_is_without_repeating_the_value() {
        assertThat(UnsafeCharacters.TEXT.check("ab\u0000cd")).contains("must not contain the control character U+0000 (character 3)");
        assertThat(UnsafeCharacters.TEXT.check("x\uD800")).contains("must not contain an unpaired surrogate U+D800 (character 2)");
    }

    enum Sample {
        NUL("a\u0000b"), SOH("a\u0001b"), TAB("a\tb"), LF("a\nb"), DEL("a\u007Fb"), NEL("a\u0085b"),
        LONE_HIGH("a\uD800b"), LONE_LOW("a\uDC00b"), PAIR("a\uD83D\uDE00b"), JAPANESE("社外秘");

        final String value;

        Sample(String value) {
            this.value = value;
        }
    }
}

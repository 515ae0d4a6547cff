package io.modelgate.domain.shared;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class RequireTest {

    @Nested
    class Present {

        @Test
        void returnsTheValueItself() {
            Object value = new Object();
            assertThat(Require.present(value, "field")).isSameAs(value);
        }

        @Test
        void refusesNullNamingTheField() {
            InvalidValueException e = assertInvalid(() -> Require.present(null, "some.field"), "some.field");
            assertThat(e.reason()).isEqualTo("is required");
        }
    }

    @Nested
    class Text {

        @ParameterizedTest(name = "[{0}] -> [{1}]")
        @CsvSource(delimiter = '|', value = {
                "abc|abc",
                "'  abc  '|abc",
                "'a b'|a b",
                "' inner  spaces kept '|inner  spaces kept",
                "x|x",
        })
        void returnsTheStrippedText(String input, String expected) {
            assertThat(Require.text(input, "f", 40)).isEqualTo(expected);
        }

        @Test
        void stripsUnicodeWhitespaceToo() {
            assertThat(Require.text("\u3000名前\t\n", "f", 10)).isEqualTo("名前");
        }

        @Test
        void keepsTabsAndLineBreaksButRefusesOtherControlCharactersAndLoneSurrogates() {
            assertThat(Require.text("line one\n\tline two", "purpose", 40)).isEqualTo("line one\n\tline two");
            assertThat(assertInvalid(() -> Require.text("a\u0000b", "purpose", 40), "purpose").reason())
                    .isEqualTo("must not contain the control character U+0000 (character 2)");
            assertInvalid(() -> Require.text("a\u001Bb", "purpose", 40), "purpose");
            assertInvalid(() -> Require.text("a\uD800b", "purpose", 40), "purpose");
        }

        @Test
        void refusesNull() {
            InvalidValueException e = assertInvalid(() -> Require.text(null, "name", 10), "name");
            assertThat(e.reason()).isEqualTo("is required");
        }

        @ParameterizedTest(name = "blank [{0}]")
        @ValueSource(strings = {"", " ", "   ", "\t", "\n", " \t\r\n ", "\u3000", "\u2003"})
        void refusesBlank(String blank) {
            InvalidValueException e = assertInvalid(() -> Require.text(blank, "name", 10), "name");
            assertThat(e.reason()).isEqualTo("must not be blank");
        }

        @ParameterizedTest(name = "length {0} with max {1} accepted={2}")
        @CsvSource({
                "1,1,true",
                "2,1,false",
                "9,10,true",
                "10,10,true",
                "11,10,false",
                "120,120,true",
                "121,120,false",
        })
        void enforcesTheMaximumLength(int length, int max, boolean accepted) {
            String value = "x".repeat(length);
            if (accepted) {
                assertThat(Require.text(value, "name", max)).isEqualTo(value);
            } else {
                InvalidValueException e = assertInvalid(() -> Require.text(value, "name", max), "name");
                assertThat(e.reason()).isEqualTo("must be at most " + max + " characters");
            }
        }

        @Test
        void measuresTheLengthAfterStripping() {
            assertThat(Require.text("  12345  ", "name", 5)).isEqualTo("12345");
        }
    }

    @Nested
    class Slug {

        @ParameterizedTest(name = "valid slug [{0}]")
        @ValueSource(strings = {"a", "0", "abc", "a1", "123", "llama-3-70b-instruct", "apache-2.0",
                "cc-by-nc-4.0", "a.b", "a-b.c-d", "gpt-4o", "x1-y2.z3"})
        void acceptsSlugs(String slug) {
            assertThat(Require.slug(slug, "id", 64)).isEqualTo(slug);
        }

        @Test
        void stripsBeforeChecking() {
            assertThat(Require.slug("  my-model  ", "id", 64)).isEqualTo("my-model");
        }

        @ParameterizedTest(name = "invalid slug [{0}]")
        @ValueSource(strings = {"A", "Abc", "abC", "a_b", "a b", "-a", "a-", ".a", "a.", "a--b", "a..b", "a-.b",
                "a.-b", "é", "café", "a/b", "a:b", "a+b", "ａｂｃ", "a\u00a0b", "llama 3", "-", "."})
        void refusesNonSlugs(String notSlug) {
            InvalidValueException e = assertInvalid(() -> Require.slug(notSlug, "id", 64), "id");
            assertThat(e.reason()).startsWith("must be a slug").contains(notSlug.strip());
        }

        @Test
        void refusesNullAndBlankAsText() {
            assertThat(assertInvalid(() -> Require.slug(null, "id", 64), "id").reason()).isEqualTo("is required");
            assertThat(assertInvalid(() -> Require.slug("  ", "id", 64), "id").reason()).isEqualTo("must not be blank");
        }

        @Test
        void refusesTooLongSlugs() {
            assertThat(Require.slug("a".repeat(8), "id", 8)).hasSize(8);
            InvalidValueException e = assertInvalid(() -> Require.slug("a".repeat(9), "id", 8), "id");
            assertThat(e.reason()).isEqualTo("must be at most 8 characters");
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest(name = "nonNegative({0}) accepted={1}")
        @CsvSource({
                "-9223372036854775808,false",
                "-1,false",
                "0,true",
                "1,true",
                "9223372036854775807,true",
        })
        void nonNegative(long value, boolean accepted) {
            if (accepted) {
                assertThat(Require.nonNegative(value, "count")).isEqualTo(value);
            } else {
                InvalidValueException e = assertInvalid(() -> Require.nonNegative(value, "count"), "count");
                assertThat(e.reason()).isEqualTo("must not be negative (was " + value + ")");
            }
        }

        @ParameterizedTest(name = "positive({0}) accepted={1}")
        @CsvSource({
                "-9223372036854775808,false",
                "-1,false",
                "0,false",
                "1,true",
                "9223372036854775807,true",
        })
        void positive(long value, boolean accepted) {
            if (accepted) {
                assertThat(Require.positive(value, "count")).isEqualTo(value);
            } else {
                InvalidValueException e = assertInvalid(() -> Require.positive(value, "count"), "count");
                assertThat(e.reason()).isEqualTo("must be positive (was " + value + ")");
            }
        }
    }

    @Nested
    class NotEmpty {

        @ParameterizedTest
        @NullSource
        void refusesNull(List<String> values) {
            assertThat(assertInvalid(() -> Require.notEmpty(values, "items"), "items").reason())
                    .isEqualTo("is required");
        }

        @Test
        void refusesEmptyCollections() {
            assertThat(assertInvalid(() -> Require.notEmpty(List.of(), "items"), "items").reason())
                    .isEqualTo("must not be empty");
            assertInvalid(() -> Require.notEmpty(Set.of(), "tags"), "tags");
            assertInvalid(() -> Require.notEmpty(new ArrayList<>(), "items"), "items");
        }

        @Test
        void returnsTheSameCollection() {
            List<String> values = new ArrayList<>(List.of("a"));
            assertThat(Require.notEmpty(values, "items")).isSameAs(values);
            Set<Integer> set = Set.of(1, 2);
            assertThat(Require.notEmpty(set, "items")).isSameAs(set);
        }
    }

    @Nested
    class That {

        @Test
        void passesWhenTheConditionHolds() {
            assertThatCode(() -> Require.that(true, "f", "never shown")).doesNotThrowAnyException();
        }

        @Test
        void failsWithTheGivenFieldAndReason() {
            InvalidValueException e = assertInvalid(() -> Require.that(false, "a.b.c", "must be fine"), "a.b.c");
            assertThat(e.reason()).isEqualTo("must be fine");
            assertThat(e.getMessage()).isEqualTo("a.b.c: must be fine");
        }
    }
}

package io.modelgate.domain.license;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static io.modelgate.domain.license.LicenseFixtures.terms;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LicenseTermsTest {

    @Nested
    class Terms {

        @Test
        void keepsWhatItIsGiven() {
            LicenseTerms terms = terms().build();

            assertThat(terms.commercialUse()).isEqualTo(CommercialUse.CONDITIONAL);
            assertThat(terms.monthlyActiveUserCap()).hasValue(700_000_000L);
            assertThat(terms.attributionRequired()).isTrue();
            assertThat(terms.attributionNotice()).contains("Built with Meta Llama 3");
            assertThat(terms.licenseTextWithRedistribution()).isTrue();
            assertThat(terms.derivativeNamePrefix()).contains("Llama 3");
            assertThat(terms.acceptableUsePolicyUrl()).contains("https://llama.meta.com/llama3/use-policy/");
            assertThat(terms.redistributionAllowed()).isTrue();
            assertThat(terms.shareAlike()).isFalse();
            assertThat(terms.clauses()).containsOnly(Map.entry(LicenseTerm.MONTHLY_ACTIVE_USER_CAP, "Section 2"),
                    Map.entry(LicenseTerm.ATTRIBUTION, "Section 1.b.i"));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(CommercialUse.class)
        void acceptsEveryCommercialUse(CommercialUse commercialUse) {
            assertThat(terms().commercialUse(commercialUse).build().commercialUse()).isEqualTo(commercialUse);
        }

        @Test
        void refusesEachMissingPartNamingIt() {
            assertInvalid(() -> terms().commercialUse(null).build(), "terms.commercialUse");
            assertInvalid(() -> terms().monthlyActiveUserCap(null).build(), "terms.monthlyActiveUserCap");
            assertInvalid(() -> terms().attribution(true, null).build(), "terms.attributionNotice");
            assertInvalid(() -> terms().derivativeNamePrefix(null).build(), "terms.derivativeNamePrefix");
            assertInvalid(() -> terms().acceptableUsePolicyUrl(null).build(), "terms.acceptableUsePolicyUrl");
            assertInvalid(() -> terms().clauses(null).build(), "terms.clauses");
        }

        @Test
        void optionalTermsMayBeAbsent() {
            LicenseTerms terms = terms().monthlyActiveUserCap(OptionalLong.empty())
                    .attribution(false, Optional.empty()).derivativeNamePrefix(Optional.empty())
                    .acceptableUsePolicyUrl(Optional.empty()).clauses(Map.of()).build();

            assertThat(terms.monthlyActiveUserCap()).isEmpty();
            assertThat(terms.attributionNotice()).isEmpty();
            assertThat(terms.derivativeNamePrefix()).isEmpty();
            assertThat(terms.acceptableUsePolicyUrl()).isEmpty();
            assertThat(terms.clauses()).isEmpty();
        }
    }

    @Nested
    class MonthlyActiveUserCap {

        @ParameterizedTest(name = "cap {0} accepted={1}")
        @CsvSource({
                "-9223372036854775808,false",
                "-1,false",
                "0,false",
                "1,true",
                "700000000,true",
                "9223372036854775807,true",
        })
        void isPositiveWhenPresent(long cap, boolean accepted) {
            if (accepted) {
                assertThat(terms().monthlyActiveUserCap(OptionalLong.of(cap)).build().monthlyActiveUserCap())
                        .hasValue(cap);
            } else {
                assertInvalid(() -> terms().monthlyActiveUserCap(OptionalLong.of(cap)).build(),
                        "terms.monthlyActiveUserCap");
            }
        }
    }

    @Nested
    class Attribution {

        @ParameterizedTest(name = "required={0}, notice present={1}: valid={2}")
        @CsvSource({
                "false,false,true",
                "true,false,true",
                "true,true,true",
                "false,true,false",
        })
        void aNoticeImpliesAttributionRequired(boolean required, boolean noticePresent, boolean valid) {
            Optional<String> notice = noticePresent ? Optional.of("Built with Meta Llama 3") : Optional.empty();
            if (valid) {
                LicenseTerms terms = terms().attribution(required, notice).build();
                assertThat(terms.attributionRequired()).isEqualTo(required);
                assertThat(terms.attributionNotice()).isEqualTo(notice);
            } else {
                InvalidValueException e = assertInvalid(() -> terms().attribution(required, notice).build(),
                        "terms.attributionNotice");
                assertThat(e.reason()).contains("attributionRequired");
            }
        }

        @Test
        void stripsTheNotice() {
            assertThat(terms().attribution(true, Optional.of("  Built with Meta Llama 3\n")).build()
                    .attributionNotice()).contains("Built with Meta Llama 3");
        }

        @ParameterizedTest(name = "notice [{0}]")
        @ValueSource(strings = {"", " ", "\t\n"})
        void refusesABlankNotice(String notice) {
            assertInvalid(() -> terms().attribution(true, Optional.of(notice)).build(), "terms.attributionNotice");
        }
    }

    @Nested
    class TextLengths {

        @ParameterizedTest(name = "notice of {0} characters accepted={1}")
        @CsvSource({
                "200,true",
                "201,false",
        })
        void noticeIsAtMost200Characters(int length, boolean accepted) {
            Optional<String> notice = Optional.of("n".repeat(length));
            if (accepted) {
                assertThat(terms().attribution(true, notice).build().attributionNotice()).isEqualTo(notice);
            } else {
                assertInvalid(() -> terms().attribution(true, notice).build(), "terms.attributionNotice");
            }
        }

        @ParameterizedTest(name = "prefix of {0} characters accepted={1}")
        @CsvSource({
                "60,true",
                "61,false",
        })
        void derivativeNamePrefixIsAtMost60Characters(int length, boolean accepted) {
            Optional<String> prefix = Optional.of("p".repeat(length));
            if (accepted) {
                assertThat(terms().derivativeNamePrefix(prefix).build().derivativeNamePrefix()).isEqualTo(prefix);
            } else {
                assertInvalid(() -> terms().derivativeNamePrefix(prefix).build(), "terms.derivativeNamePrefix");
            }
        }

        @ParameterizedTest(name = "url of {0} characters accepted={1}")
        @CsvSource({
                "500,true",
                "501,false",
        })
        void acceptableUsePolicyUrlIsAtMost500Characters(int length, boolean accepted) {
            Optional<String> url = Optional.of("u".repeat(length));
            if (accepted) {
                assertThat(terms().acceptableUsePolicyUrl(url).build().acceptableUsePolicyUrl()).isEqualTo(url);
            } else {
                assertInvalid(() -> terms().acceptableUsePolicyUrl(url).build(), "terms.acceptableUsePolicyUrl");
            }
        }

        @Test
        void stripsPrefixAndUrl() {
            LicenseTerms terms = terms().derivativeNamePrefix(Optional.of(" Llama 3 "))
                    .acceptableUsePolicyUrl(Optional.of(" https://example.com/aup ")).build();

            assertThat(terms.derivativeNamePrefix()).contains("Llama 3");
            assertThat(terms.acceptableUsePolicyUrl()).contains("https://example.com/aup");
        }

        @Test
        void refusesBlankPrefixAndUrl() {
            assertInvalid(() -> terms().derivativeNamePrefix(Optional.of(" ")).build(), "terms.derivativeNamePrefix");
            assertInvalid(() -> terms().acceptableUsePolicyUrl(Optional.of("")).build(),
                    "terms.acceptableUsePolicyUrl");
        }
    }

    @Nested
    class Clauses {

        @ParameterizedTest(name = "{0}")
        @EnumSource(LicenseTerm.class)
        void clauseForDefaultsToTheLicenseText(LicenseTerm term) {
            assertThat(terms().clauses(Map.of()).build().clauseFor(term)).isEqualTo("license text");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(LicenseTerm.class)
        void clauseForReturnsTheRecordedClause(LicenseTerm term) {
            LicenseTerms terms = terms().clauses(Map.of(term, "Section 4(d)")).build();

            assertThat(terms.clauseFor(term)).isEqualTo("Section 4(d)");
            for (LicenseTerm other : LicenseTerm.values()) {
                if (other != term) {
                    assertThat(terms.clauseFor(other)).isEqualTo("license text");
                }
            }
        }

        @ParameterizedTest(name = "clause [{0}]")
        @ValueSource(strings = {"", "  ", "\t"})
        void refusesABlankClauseNamingTheTerm(String clause) {
            assertInvalid(() -> terms().clauses(Map.of(LicenseTerm.NOTICE_FILE, clause)).build(),
                    "terms.clauses.NOTICE_FILE");
        }

        @Test
        void refusesAMissingClauseNamingTheTerm() {
            Map<LicenseTerm, String> withNull = new EnumMap<>(LicenseTerm.class);
            withNull.put(LicenseTerm.SHARE_ALIKE, null);

            assertInvalid(() -> terms().clauses(withNull).build(), "terms.clauses.SHARE_ALIKE");
        }

        @ParameterizedTest(name = "clause of {0} characters accepted={1}")
        @CsvSource({
                "1,true",
                "120,true",
                "121,false",
        })
        void aClauseIsAtMost120Characters(int length, boolean accepted) {
            String clause = "c".repeat(length);
            if (accepted) {
                assertThat(terms().clauses(Map.of(LicenseTerm.OUTPUT_USE, clause)).build()
                        .clauseFor(LicenseTerm.OUTPUT_USE)).isEqualTo(clause);
            } else {
                assertInvalid(() -> terms().clauses(Map.of(LicenseTerm.OUTPUT_USE, clause)).build(),
                        "terms.clauses.OUTPUT_USE");
            }
        }

        @Test
        void copiesTheClauses() {
            Map<LicenseTerm, String> clauses = new HashMap<>(Map.of(LicenseTerm.NOTICE_FILE, "Section 4(d)"));
            LicenseTerms terms = terms().clauses(clauses).build();

            clauses.put(LicenseTerm.NOTICE_FILE, "Section 9");
            clauses.put(LicenseTerm.LICENSE_TEXT, "Section 4(a)");

            assertThat(terms.clauses()).containsOnly(Map.entry(LicenseTerm.NOTICE_FILE, "Section 4(d)"));
            assertThat(terms.clauseFor(LicenseTerm.LICENSE_TEXT)).isEqualTo("license text");
        }

        @Test
        void exposesUnmodifiableClauses() {
            LicenseTerms terms = terms().build();

            assertThatThrownBy(() -> terms.clauses().put(LicenseTerm.SHARE_ALIKE, "Section 3"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> terms.clauses().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThat(terms.clauseFor(LicenseTerm.SHARE_ALIKE)).isEqualTo("license text");
        }

        @Test
        void emptyClausesAreUnmodifiableToo() {
            LicenseTerms terms = terms().clauses(new HashMap<>()).build();

            assertThatThrownBy(() -> terms.clauses().put(LicenseTerm.SHARE_ALIKE, "Section 3"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void termsWithEqualClausesAreEqual() {
            assertThat(terms().clauses(new HashMap<>(Map.of(LicenseTerm.NOTICE_FILE, "4(d)"))).build())
                    .isEqualTo(terms().clauses(Map.of(LicenseTerm.NOTICE_FILE, "4(d)")).build())
                    .isNotEqualTo(terms().clauses(Map.of(LicenseTerm.NOTICE_FILE, "4(c)")).build());
        }
    }
}

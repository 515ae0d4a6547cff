package io.modelgate.domain.classification;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.modelgate.domain.classification.DataClassification.CONFIDENTIAL;
import static io.modelgate.domain.classification.DataClassification.INTERNAL;
import static io.modelgate.domain.classification.DataClassification.PUBLIC;
import static io.modelgate.domain.classification.DataClassification.RESTRICTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectiveClassificationTest {

    private static final ContentMarker MY_NUMBER =
            new ContentMarker(MarkerKind.MY_NUMBER, RESTRICTED, 0, 12, "a My Number (個人番号)");
    private static final ContentMarker EMAIL =
            new ContentMarker(MarkerKind.EMAIL_ADDRESS, CONFIDENTIAL, 20, 35, "an email address");
    private static final ContentMarker INTERNAL_LABEL =
            new ContentMarker(MarkerKind.CLASSIFICATION_LABEL, INTERNAL, 40, 44, "the label 社内限り");

    /** A finding whose strictest marker implies the given level; NONE for a clean text. */
    private static ContentFinding contentImplying(String level) {
        return switch (level) {
            case "NONE" -> ContentFinding.none();
            case "INTERNAL" -> new ContentFinding(List.of(INTERNAL_LABEL));
            case "CONFIDENTIAL" -> new ContentFinding(List.of(INTERNAL_LABEL, EMAIL));
            case "RESTRICTED" -> new ContentFinding(List.of(EMAIL, MY_NUMBER));
            default -> throw new IllegalArgumentException(level);
        };
    }

    private static Optional<DataClassification> declared(String value) {
        return value.equals("-") ? Optional.empty() : Optional.of(DataClassification.valueOf(value));
    }

    @ParameterizedTest(name = "declared {0}, department {1}, content {2} → {3} by {4}")
    @CsvSource(delimiter = '|', textBlock = """
            -            | INTERNAL     | NONE         | INTERNAL     | DEPARTMENT_DEFAULT | no level declared: the department's default INTERNAL applies / the text contains no sensitive markers
            -            | PUBLIC       | NONE         | PUBLIC       | DEPARTMENT_DEFAULT | no level declared: the department's default PUBLIC applies / the text contains no sensitive markers
            -            | INTERNAL     | RESTRICTED   | RESTRICTED   | CONTENT            | no level declared: the department's default INTERNAL applies / raised from INTERNAL to RESTRICTED: the text contains a My Number (個人番号)
            -            | CONFIDENTIAL | CONFIDENTIAL | CONFIDENTIAL | DEPARTMENT_DEFAULT | no level declared: the department's default CONFIDENTIAL applies / the text contains an email address, which implies CONFIDENTIAL and does not raise CONFIDENTIAL
            -            | RESTRICTED   | INTERNAL     | RESTRICTED   | DEPARTMENT_DEFAULT | no level declared: the department's default RESTRICTED applies / the text contains the label 社内限り, which implies INTERNAL and does not raise RESTRICTED
            PUBLIC       | PUBLIC       | NONE         | PUBLIC       | DECLARED           | declared as PUBLIC / the text contains no sensitive markers
            PUBLIC       | INTERNAL     | NONE         | INTERNAL     | DEPARTMENT_DEFAULT | declared as PUBLIC / raised from PUBLIC to INTERNAL: the department's default is INTERNAL / the text contains no sensitive markers
            PUBLIC       | PUBLIC       | INTERNAL     | INTERNAL     | CONTENT            | declared as PUBLIC / raised from PUBLIC to INTERNAL: the text contains the label 社内限り
            PUBLIC       | INTERNAL     | RESTRICTED   | RESTRICTED   | CONTENT            | declared as PUBLIC / raised from PUBLIC to INTERNAL: the department's default is INTERNAL / raised from INTERNAL to RESTRICTED: the text contains a My Number (個人番号)
            INTERNAL     | INTERNAL     | NONE         | INTERNAL     | DECLARED           | declared as INTERNAL / the text contains no sensitive markers
            INTERNAL     | PUBLIC       | RESTRICTED   | RESTRICTED   | CONTENT            | declared as INTERNAL / raised from INTERNAL to RESTRICTED: the text contains a My Number (個人番号)
            INTERNAL     | PUBLIC       | CONFIDENTIAL | CONFIDENTIAL | CONTENT            | declared as INTERNAL / raised from INTERNAL to CONFIDENTIAL: the text contains an email address
            INTERNAL     | CONFIDENTIAL | INTERNAL     | CONFIDENTIAL | DEPARTMENT_DEFAULT | declared as INTERNAL / raised from INTERNAL to CONFIDENTIAL: the department's default is CONFIDENTIAL / the text contains the label 社内限り, which implies INTERNAL and does not raise CONFIDENTIAL
            CONFIDENTIAL | INTERNAL     | CONFIDENTIAL | CONFIDENTIAL | DECLARED           | declared as CONFIDENTIAL / the text contains an email address, which implies CONFIDENTIAL and does not raise CONFIDENTIAL
            CONFIDENTIAL | RESTRICTED   | RESTRICTED   | RESTRICTED   | DEPARTMENT_DEFAULT | declared as CONFIDENTIAL / raised from CONFIDENTIAL to RESTRICTED: the department's default is RESTRICTED / the text contains a My Number (個人番号), which implies RESTRICTED and does not raise RESTRICTED
            RESTRICTED   | PUBLIC       | CONFIDENTIAL | RESTRICTED   | DECLARED           | declared as RESTRICTED / the text contains an email address, which implies CONFIDENTIAL and does not raise RESTRICTED
            RESTRICTED   | RESTRICTED   | RESTRICTED   | RESTRICTED   | DECLARED           | declared as RESTRICTED / the text contains a My Number (個人番号), which implies RESTRICTED and does not raise RESTRICTED
            """)
    void theStrictestSourceDecides(String declared, DataClassification departmentDefault, String content,
                                   DataClassification level, ClassificationSource source, String reasons) {
        EffectiveClassification effective = EffectiveClassification.of(declared(declared), departmentDefault,
                contentImplying(content));

        assertThat(effective.level()).isEqualTo(level);
        assertThat(effective.decidedBy()).isEqualTo(source);
        assertThat(effective.reasons()).containsExactly(reasons.split(" / "));
        assertThat(effective.raisedByContent()).isEqualTo(source == ClassificationSource.CONTENT);
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> rows = new ArrayList<>();
        List<String> declared = new ArrayList<>(List.of("-"));
        Arrays.stream(DataClassification.values()).map(Enum::name).forEach(declared::add);
        for (String d : declared) {
            for (DataClassification departmentDefault : DataClassification.values()) {
                for (String content : List.of("NONE", "INTERNAL", "CONFIDENTIAL", "RESTRICTED")) {
                    rows.add(Arguments.of(d, departmentDefault, content));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "declared {0}, department {1}, content {2}")
    @MethodSource("everyCombination")
    void neverLowerThanAnySourceAndTiesGoToTheFirstSource(String declaredValue, DataClassification departmentDefault,
                                                          String content) {
        Optional<DataClassification> declared = declared(declaredValue);
        ContentFinding finding = contentImplying(content);

        EffectiveClassification effective = EffectiveClassification.of(declared, departmentDefault, finding);

        DataClassification expected = DataClassification.strictest(departmentDefault,
                declared.orElse(PUBLIC), finding.implied().orElse(PUBLIC));
        assertThat(effective.level()).isEqualTo(expected);
        ClassificationSource expectedSource = declared.filter(d -> d == expected).isPresent()
                ? ClassificationSource.DECLARED
                : departmentDefault == expected ? ClassificationSource.DEPARTMENT_DEFAULT : ClassificationSource.CONTENT;
        assertThat(effective.decidedBy()).isEqualTo(expectedSource);
        assertThat(effective.reasons().get(0)).matches("declared as [A-Z]+|no level declared: .*");
        assertThat(effective.reasons()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void theBriefsExampleWithTheRealDetector() {
        ContentFinding finding = new RuleBasedContentDetector()
                .inspect("山田さんの個人番号は 1234-5678-9018 です。連絡は yamada@example.jp まで。");

        EffectiveClassification effective = EffectiveClassification.of(INTERNAL, PUBLIC, finding);

        assertThat(effective.level()).isEqualTo(RESTRICTED);
        assertThat(effective.explanation()).isEqualTo(
                "declared as INTERNAL; raised from INTERNAL to RESTRICTED: the text contains a My Number (個人番号)");
    }

    @Test
    void manyDecisiveMarkersAreNamedOnceEachAndCounted() {
        ContentFinding finding = new RuleBasedContentDetector().inspect("1234 5678 9018, 123456789018, "
                + "4242 4242 4242 4242, 4111-1111-1111-1111, 378282246310005, 5555555555554444, taro@example.jp");

        EffectiveClassification effective = EffectiveClassification.of(Optional.empty(), INTERNAL, finding);

        assertThat(effective.reasons()).containsExactly(
                "no level declared: the department's default INTERNAL applies",
                "raised from INTERNAL to RESTRICTED: the text contains a My Number (個人番号), a credit-card number"
                        + " ending 4242, a credit-card number ending 1111 and 2 more");
    }

    @Test
    void theReasonsCannotBeChangedAfterwards() {
        EffectiveClassification effective = EffectiveClassification.of(PUBLIC, PUBLIC, ContentFinding.none());

        assertThatThrownBy(() -> effective.reasons().add("lowered"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyInputIsRequired() {
        assertThatThrownBy(() -> EffectiveClassification.of((DataClassification) null, PUBLIC, ContentFinding.none()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("declared"));
        assertThatThrownBy(() -> EffectiveClassification.of(Optional.empty(), null, ContentFinding.none()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("departmentDefault"));
        assertThatThrownBy(() -> EffectiveClassification.of(Optional.empty(), PUBLIC, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("finding"));
        assertThatThrownBy(() -> new EffectiveClassification(PUBLIC, ClassificationSource.DECLARED, List.of()))
                .isInstanceOf(InvalidValueException.class);
    }
}

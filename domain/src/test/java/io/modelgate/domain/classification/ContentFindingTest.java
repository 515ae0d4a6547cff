package io.modelgate.domain.classification;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.modelgate.domain.classification.DataClassification.CONFIDENTIAL;
import static io.modelgate.domain.classification.DataClassification.INTERNAL;
import static io.modelgate.domain.classification.DataClassification.RESTRICTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The finding as a value: what it says, and above all what it must never say. */
class ContentFindingTest {

    private final ContentDetector detector = new RuleBasedContentDetector();

    @Test
    void aTextWithoutMarkersFindsNothing() {
        ContentFinding finding = detector.inspect("四半期の報告書ができました。会議は2024年3月15日15:00からです。"
                + " The quarterly report is ready; revenue grew 12.5% to ¥1,234,567. Call ext. 1234.");

        assertThat(finding.isEmpty()).isTrue();
        assertThat(finding.implied()).isEmpty();
        assertThat(finding.decisiveMarkers()).isEmpty();
        assertThat(finding).isEqualTo(ContentFinding.none());
    }

    @Test
    void anEmptyTextFindsNothing() {
        assertThat(detector.inspect("").isEmpty()).isTrue();
    }

    @Test
    void theStrictestMarkerDecides() {
        ContentFinding finding = detector.inspect("社内限り: contact taro@example.jp, card 4242 4242 4242 4242");

        assertThat(finding.implied()).contains(RESTRICTED);
        assertThat(finding.markers()).extracting(ContentMarker::implies).containsExactly(INTERNAL, CONFIDENTIAL, RESTRICTED);
        assertThat(finding.decisiveMarkers()).singleElement()
                .extracting(ContentMarker::kind).isEqualTo(MarkerKind.CREDIT_CARD_NUMBER);
    }

    @Test
    void neitherTheFindingNorItsMarkersEverHoldTheSensitiveText() {
        List<String> secrets = List.of("123456789018", "4242424242424242", "378282246310005", "09012345678",
                "0312345678", "819012345678", "taro.yamada", "hanako@example");
        String text = "My Number 1234-5678-9018 / 123456789018, cards 4242 4242 4242 4242 and 378282246310005, "
                + "phones 090-1234-5678, 03-1234-5678, +81 90 1234 5678, mail taro.yamada@example.co.jp, hanako@example.com";

        ContentFinding finding = detector.inspect(text);

        assertThat(finding.markers()).hasSize(9);
        String logged = finding.toString() + finding.markers();
        String loggedDigitsOnly = logged.replaceAll("[^0-9]", " ");
        for (String secret : secrets) {
            assertThat(logged).doesNotContain(secret);
            assertThat(loggedDigitsOnly).doesNotContain(secret);
        }
        assertThat(logged).doesNotContain("1234-5678").doesNotContain("4242 4242").doesNotContain("1234 5678");
        assertThat(finding.markers()).extracting(ContentMarker::description).containsExactly(
                "a My Number (個人番号)", "a My Number (個人番号)", "a credit-card number ending 4242",
                "a credit-card number ending 0005", "a phone number", "a phone number", "a phone number",
                "an email address", "an email address");
    }

    @Test
    void markersPointIntoTheOriginalTextEvenWhenItIsFullWidth() {
        String text = "電話：０９０－１２３４－５６７８、メール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ";

        ContentFinding finding = detector.inspect(text);

        assertThat(finding.markers()).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("０９０－１２３４－５６７８", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ");
    }

    @Test
    void markersAreKeptInTextOrder() {
        ContentMarker later = new ContentMarker(MarkerKind.EMAIL_ADDRESS, CONFIDENTIAL, 20, 30, "an email address");
        ContentMarker earlier = new ContentMarker(MarkerKind.MY_NUMBER, RESTRICTED, 0, 12, "a My Number (個人番号)");

        assertThat(new ContentFinding(List.of(later, earlier)).markers()).containsExactly(earlier, later);
    }

    @Test
    void theFindingCannotBeChangedAfterwards() {
        List<ContentMarker> markers = new ArrayList<>();
        markers.add(new ContentMarker(MarkerKind.PHONE_NUMBER, CONFIDENTIAL, 0, 12, "a phone number"));
        ContentFinding finding = new ContentFinding(markers);
        markers.clear();

        assertThat(finding.markers()).hasSize(1);
        assertThatThrownBy(() -> finding.markers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMarkerMayNotRevealMoreThanFourDigits() {
        assertThatThrownBy(() -> new ContentMarker(MarkerKind.CREDIT_CARD_NUMBER, RESTRICTED, 0, 16,
                "a credit-card number 42424242"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("marker.description"));
        assertThatThrownBy(() -> new ContentMarker(MarkerKind.MY_NUMBER, RESTRICTED, 0, 12, "番号１２３４５"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aMarkerHasAPositiveSpan() {
        assertThatThrownBy(() -> new ContentMarker(MarkerKind.PHONE_NUMBER, CONFIDENTIAL, 5, 5, "a phone number"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("marker.end"));
        assertThatThrownBy(() -> new ContentMarker(MarkerKind.PHONE_NUMBER, CONFIDENTIAL, -1, 5, "a phone number"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("marker.start"));
        assertThatThrownBy(() -> new ContentMarker(null, CONFIDENTIAL, 0, 5, "a phone number"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aFindingRejectsMissingMarkers() {
        assertThatThrownBy(() -> new ContentFinding(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ContentFinding(Arrays.asList((ContentMarker) null)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theDetectorRejectsAMissingText() {
        assertThatThrownBy(() -> detector.inspect(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("text"));
    }
}

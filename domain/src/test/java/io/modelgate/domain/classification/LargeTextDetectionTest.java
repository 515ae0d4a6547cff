package io.modelgate.domain.classification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-megabyte texts, realistic and hostile. No timing assertion: the timeout only stops a
 * build that would otherwise hang if a pattern ever backtracked catastrophically (a linear scan
 * takes well under a second; a quadratic one on these inputs would take hours).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LargeTextDetectionTest {

    private static final int ONE_MEGABYTE = 1 << 20;

    private final ContentDetector detector = new RuleBasedContentDetector();

    @Test
    void aLargeDocumentIsScannedToTheEnd() {
        String paragraph = "【社外秘】議事録: 担当 taro@example.jp (090-1234-5678)、個人番号 1234-5678-9018。"
                + " The budget review is scheduled for 2024-03-15 at 10:00; revenue was ¥1,234,567.\n";
        int copies = ONE_MEGABYTE / paragraph.length() + 1;
        String text = paragraph.repeat(copies);

        ContentFinding finding = detector.inspect(text);

        assertThat(finding.markers()).hasSize(4 * copies);
        assertThat(finding.implied()).contains(DataClassification.RESTRICTED);
        ContentMarker last = finding.markers().get(finding.markers().size() - 1);
        assertThat(text.substring(last.start(), last.end())).isEqualTo("1234-5678-9018");
    }

    @ParameterizedTest(name = "1 MB of \"{0}\"")
    @ValueSource(strings = {"1", "1 ", "1-", "4242 ", "0", "0-", "+1 ", "+", "a", "a.", "a@", "@a", "a@b.",
            "x", " ", "strictly ", "internal ", "(0", "03(", "confidential", "極", "非機密"})
    void aHostileTextIsScannedToTheEnd(String unit) {
        String text = unit.repeat(ONE_MEGABYTE / unit.length());

        ContentFinding finding = detector.inspect(text);

        assertThat(finding).isNotNull();
    }

    @Test
    void aTextFullOfCardNumbersIsScannedToTheEnd() {
        String text = "4242 4242 4242 4242 ".repeat(ONE_MEGABYTE / 20);

        ContentFinding finding = detector.inspect(text);

        assertThat(finding.markers()).hasSize(ONE_MEGABYTE / 20)
                .allMatch(marker -> marker.kind() == MarkerKind.CREDIT_CARD_NUMBER);
    }
}

package io.modelgate.domain.classification;

import io.modelgate.domain.shared.Require;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Detects sensitive content with fixed rules: My Numbers and card numbers (RESTRICTED), email
 * addresses and phone numbers (CONFIDENTIAL), and written confidentiality labels. One linear
 * pass per rule family, so a 1 MB text is fine. Stateless and thread-safe.
 */
public final class RuleBasedContentDetector implements ContentDetector {

    /** Puts the stricter marker first, then the longer one, when two claim the same characters. */
    private static final Comparator<ContentMarker> PRECEDENCE = Comparator
            .comparing(ContentMarker::implies, Comparator.reverseOrder())
            .thenComparing(ContentMarker::length, Comparator.reverseOrder())
            .thenComparingInt(ContentMarker::start);

    @Override
    public ContentFinding inspect(String text) {
        Require.present(text, "text");
        String normalised = normalise(text);
        List<ContentMarker> found = new ArrayList<>();
        NumberScanner.scan(normalised, found);
        ContactScanner.scan(normalised, found);
        LabelScanner.scan(normalised, found);
        return found.isEmpty() ? ContentFinding.none() : new ContentFinding(withoutOverlaps(found));
    }

    /**
     * Japanese text often writes digits and symbols full width (０９０－１２３４－５６７８,
     * ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ). Mapping them to ASCII one character for one keeps every index
     * valid in the original text, so markers point at the right place.
     */
    static String normalise(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = normalise(c);
            if (mapped != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = mapped;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char normalise(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0); // full-width ASCII block
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' '; // ideographic and no-break spaces
        }
        if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
            return '-'; // hyphens, dashes and the minus sign
        }
        return c;
    }

    /**
     * One piece of text gets one marker: a twelve-digit My Number is not also a phone number.
     * The strictest claim wins; intervals are kept in a tree, so this stays n·log n.
     */
    private static List<ContentMarker> withoutOverlaps(List<ContentMarker> found) {
        found.sort(PRECEDENCE);
        TreeMap<Integer, ContentMarker> kept = new TreeMap<>();
        for (ContentMarker marker : found) {
            Map.Entry<Integer, ContentMarker> before = kept.floorEntry(marker.start());
            Map.Entry<Integer, ContentMarker> after = kept.ceilingEntry(marker.start());
            boolean overlaps = (before != null && before.getValue().overlaps(marker))
                    || (after != null && after.getValue().overlaps(marker));
            if (!overlaps) {
                kept.put(marker.start(), marker);
            }
        }
        return new ArrayList<>(kept.values());
    }
}

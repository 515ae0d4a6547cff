package io.modelgate.domain.classification;

import io.modelgate.domain.shared.Require;

import java.util.regex.Pattern;

/**
 * Where a piece of sensitive content sits in a text, and the classification it implies.
 * Findings are logged and audited, so a marker never holds the matched text itself: only its
 * position and a description that is safe to show ("a credit-card number ending 4242").
 *
 * @param start       index of the first character (UTF-16 index into the inspected text)
 * @param end         index just past the last character
 * @param description a noun phrase for reasons: "a My Number (個人番号)", "the label 極秘"
 */
public record ContentMarker(MarkerKind kind, DataClassification implies, int start, int end, String description) {

    /** More than four digits in a row could rebuild the number; a card's last four is the PCI limit. */
    private static final Pattern TOO_MANY_DIGITS = Pattern.compile("\\p{Nd}{5}");

    public ContentMarker {
        Require.present(kind, "marker.kind");
        Require.present(implies, "marker.implies");
        Require.nonNegative(start, "marker.start");
        Require.that(end > start, "marker.end", "must be after the start (was " + start + ".." + end + ")");
        description = Require.text(description, "marker.description", 80);
        Require.that(!TOO_MANY_DIGITS.matcher(description).find(), "marker.description",
                "must not reveal more than four digits of the content");
    }

    public int length() {
        return end - start;
    }

    boolean overlaps(ContentMarker other) {
        return start < other.end && other.start < end;
    }
}

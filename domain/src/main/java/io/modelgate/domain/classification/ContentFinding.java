package io.modelgate.domain.classification;

import io.modelgate.domain.shared.Require;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a content detector saw in a text: the markers in text order, and through them the
 * strictest classification the text implies. Safe to log: markers carry positions, not content.
 */
public record ContentFinding(List<ContentMarker> markers) {

    private static final ContentFinding NONE = new ContentFinding(List.of());

    public ContentFinding {
        Require.present(markers, "finding.markers");
        List<ContentMarker> sorted = new ArrayList<>(markers.size());
        for (ContentMarker marker : markers) {
            sorted.add(Require.present(marker, "finding.markers"));
        }
        sorted.sort(Comparator.comparingInt(ContentMarker::start).thenComparingInt(ContentMarker::end));
        markers = List.copyOf(sorted);
    }

    /** Nothing sensitive was seen. */
    public static ContentFinding none() {
        return NONE;
    }

    public boolean isEmpty() {
        return markers.isEmpty();
    }

    /** The strictest classification any marker implies; empty when the text implies nothing. */
    public Optional<DataClassification> implied() {
        return markers.stream().map(ContentMarker::implies).max(Comparator.naturalOrder());
    }

    /** The markers that imply the strictest level: the ones that decide, and so the ones to name. */
    public List<ContentMarker> decisiveMarkers() {
        return implied().map(level -> markers.stream().filter(m -> m.implies() == level).toList())
                .orElse(List.of());
    }
}

package io.modelgate.domain.approval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the rules of one evaluation have written so far; used by {@link RequestEvaluator} only. */
final class Outcome {

    private final List<Finding> findings = new ArrayList<>();
    private final Set<ReviewKind> reviews = EnumSet.noneOf(ReviewKind.class);

    void add(Finding finding) {
        findings.add(finding);
    }

    /** Requires a review and records why, as an INFO finding. */
    void require(ReviewKind kind, String code, String sentence) {
        reviews.add(kind);
        add(Finding.info(code, sentence));
    }

    /** Requires a review and records why, as a WARNING finding. */
    void warnAndRequire(ReviewKind kind, String code, String sentence) {
        reviews.add(kind);
        add(Finding.warning(code, sentence));
    }

    /** Worst first; within a severity, in rule order. */
    List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        return sorted;
    }

    Set<ReviewKind> reviews() {
        return reviews;
    }
}

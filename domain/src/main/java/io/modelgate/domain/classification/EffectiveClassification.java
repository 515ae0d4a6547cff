package io.modelgate.domain.classification;

import io.modelgate.domain.shared.Require;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The classification that governs a piece of data: the strictest of what was declared, the
 * department's default and what the content shows. Nobody can lower a level by declaring less,
 * and the reasons say who decided, so a reviewer or an auditor can follow it.
 *
 * @param level     the level that applies
 * @param decidedBy the source that set it; on a tie, the declared level, then the department's
 *                  default, then the content (the first source that already reached the level)
 * @param reasons   readable sentences, in the order the sources were considered
 */
public record EffectiveClassification(DataClassification level, ClassificationSource decidedBy, List<String> reasons) {

    /** Enough to explain a raise; a text with thousands of markers must not make a thousand-line reason. */
    private static final int NAMED_MARKERS = 3;

    public EffectiveClassification {
        Require.present(level, "effectiveClassification.level");
        Require.present(decidedBy, "effectiveClassification.decidedBy");
        Require.notEmpty(reasons, "effectiveClassification.reasons");
        reasons = List.copyOf(reasons);
    }

    public static EffectiveClassification of(DataClassification declared, DataClassification departmentDefault,
                                             ContentFinding finding) {
        return of(Optional.of(Require.present(declared, "declared")), departmentDefault, finding);
    }

    public static EffectiveClassification of(Optional<DataClassification> declared,
                                             DataClassification departmentDefault, ContentFinding finding) {
        Require.present(declared, "declared");
        Require.present(departmentDefault, "departmentDefault");
        Require.present(finding, "finding");
        List<String> reasons = new ArrayList<>();
        DataClassification level;
        ClassificationSource source;
        if (declared.isPresent()) {
            level = declared.get();
            source = ClassificationSource.DECLARED;
            reasons.add("declared as " + level);
            if (departmentDefault.isStricterThan(level)) {
                reasons.add("raised from " + level + " to " + departmentDefault + ": the department's default is "
                        + departmentDefault);
                level = departmentDefault;
                source = ClassificationSource.DEPARTMENT_DEFAULT;
            }
        } else {
            level = departmentDefault;
            source = ClassificationSource.DEPARTMENT_DEFAULT;
            reasons.add("no level declared: the department's default " + departmentDefault + " applies");
        }
        Optional<DataClassification> implied = finding.implied();
        if (implied.isEmpty()) {
            reasons.add("the text contains no sensitive markers");
        } else if (implied.get().isStricterThan(level)) {
            reasons.add("raised from " + level + " to " + implied.get() + ": the text contains "
                    + named(finding.decisiveMarkers()));
            level = implied.get();
            source = ClassificationSource.CONTENT;
        } else {
            reasons.add("the text contains " + named(finding.decisiveMarkers()) + ", which implies "
                    + implied.get() + " and does not raise " + level);
        }
        return new EffectiveClassification(level, source, reasons);
    }

    /** Whether the content forced a stricter level than the declaration and the department's default. */
    public boolean raisedByContent() {
        return decidedBy == ClassificationSource.CONTENT;
    }

    /** The reasons as one line: "declared as INTERNAL; raised from INTERNAL to RESTRICTED: …". */
    public String explanation() {
        return String.join("; ", reasons);
    }

    private static String named(List<ContentMarker> markers) {
        Set<String> distinct = new LinkedHashSet<>();
        for (ContentMarker marker : markers) {
            distinct.add(marker.description());
        }
        List<String> names = new ArrayList<>(distinct);
        if (names.size() <= NAMED_MARKERS) {
            return Wording.and(names);
        }
        List<String> shown = new ArrayList<>(names.subList(0, NAMED_MARKERS));
        shown.add((names.size() - NAMED_MARKERS) + " more");
        return Wording.and(shown);
    }
}

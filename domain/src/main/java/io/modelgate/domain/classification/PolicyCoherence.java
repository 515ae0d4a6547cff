package io.modelgate.domain.classification;

import io.modelgate.domain.catalog.DeploymentKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a policy only tightens as data gets more sensitive: whatever a level may use, every
 * less sensitive level may use too. "May use" is the space of deployment kinds × vendor terms, so
 * a stricter level may not allow a kind a looser level forbids, and its vendor condition must be
 * at least as strict on each term (zero retention, region, training).
 */
final class PolicyCoherence {

    private PolicyCoherence() {
    }

    static List<PolicyViolation> violationsOf(Map<DataClassification, LevelRule> rules) {
        List<PolicyViolation> violations = new ArrayList<>();
        for (DataClassification level : DataClassification.values()) {
            if (rules.get(level) == null) {
                violations.add(new PolicyViolation(level,
                        "There is no rule for " + level + " data; every level needs one."));
            }
        }
        if (!violations.isEmpty()) {
            return List.copyOf(violations);
        }
        DataClassification[] levels = DataClassification.values();
        for (int h = 1; h < levels.length; h++) {
            // Compare with every looser level, nearest first, but name each problem once per level:
            // the nearest looser level is the one the administrator most likely meant.
            Set<String> reported = new HashSet<>();
            for (int l = h - 1; l >= 0; l--) {
                compare(levels[h], rules.get(levels[h]), levels[l], rules.get(levels[l]), reported, violations);
            }
        }
        return List.copyOf(violations);
    }

    private static void compare(DataClassification higher, LevelRule higherRule,
                                DataClassification lower, LevelRule lowerRule,
                                Set<String> reported, List<PolicyViolation> violations) {
        for (DeploymentKind kind : higherRule.allowedKinds()) {
            if (!lowerRule.allows(kind) && reported.add("kind " + kind)) {
                violations.add(new PolicyViolation(higher, higher + " data may use " + Wording.kind(kind)
                        + ", but " + lower + " data may not; a more sensitive level cannot allow a deployment"
                        + " that a less sensitive level forbids."));
            }
        }
        if (!higherRule.allows(DeploymentKind.VENDOR_API) || !lowerRule.allows(DeploymentKind.VENDOR_API)) {
            return;
        }
        VendorApiCondition stricter = higherRule.vendorCondition();
        VendorApiCondition looser = lowerRule.vendorCondition();
        if (looser.requiresZeroRetention() && !stricter.requiresZeroRetention() && reported.add("retention")) {
            violations.add(new PolicyViolation(higher, higher + " data may use a vendor API that retains data, but "
                    + lower + " data requires zero data retention; " + higher
                    + " must require zero data retention too."));
        }
        looser.requiredProcessingRegion()
                .filter(region -> !stricter.requiredProcessingRegion().equals(looser.requiredProcessingRegion()))
                .filter(region -> reported.add("region"))
                .ifPresent(region -> violations.add(new PolicyViolation(higher, higher
                        + " data may use a vendor API processing "
                        + stricter.requiredProcessingRegion().map(r -> "in " + r).orElse("in any region")
                        + ", but " + lower + " data requires processing in " + region + "; " + higher
                        + " must require processing in " + region + " too.")));
        if (looser.forbidsTrainingOnData() && !stricter.forbidsTrainingOnData() && reported.add("training")) {
            violations.add(new PolicyViolation(higher, higher
                    + " data may use a vendor API that trains on customer data, but " + lower
                    + " data forbids it; " + higher + " must forbid training on customer data too."));
        }
    }
}

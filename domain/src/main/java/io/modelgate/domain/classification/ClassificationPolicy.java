package io.modelgate.domain.classification;

import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which deployments each data classification level may use. It is data, kept by the platform
 * admin, not code: one {@link LevelRule} per level, and the rules must tighten as the data gets
 * more sensitive (see {@link #violationsOf(Map)}).
 */
public record ClassificationPolicy(Map<DataClassification, LevelRule> rules) {

    /** The country the default policy trusts a vendor to process CONFIDENTIAL data in. */
    public static final String HOME_COUNTRY = "JP";

    public ClassificationPolicy {
        EnumMap<DataClassification, LevelRule> copy = copyOf(rules);
        List<PolicyViolation> violations = PolicyCoherence.violationsOf(copy);
        if (!violations.isEmpty()) {
            throw new InvalidValueException("policy",
                    violations.stream().map(PolicyViolation::sentence).collect(Collectors.joining(" ")));
        }
        rules = Collections.unmodifiableMap(copy);
    }

    /** The same as the constructor: a coherent policy, or InvalidValueException("policy", …) naming every problem. */
    public static ClassificationPolicy of(Map<DataClassification, LevelRule> rules) {
        return new ClassificationPolicy(rules);
    }

    /**
     * Every problem with the rules, as values, without throwing: for an admin screen that shows
     * all of them at once. Empty when the rules make a valid policy.
     */
    public static List<PolicyViolation> violationsOf(Map<DataClassification, LevelRule> rules) {
        return PolicyCoherence.violationsOf(copyOf(rules));
    }

    /**
     * PUBLIC and INTERNAL anywhere; CONFIDENTIAL on a private cloud, on-premises, or a vendor API
     * that keeps nothing and processes the data in Japan; RESTRICTED on-premises only.
     */
    public static ClassificationPolicy defaultPolicy() {
        Map<DataClassification, LevelRule> rules = new EnumMap<>(DataClassification.class);
        rules.put(DataClassification.PUBLIC, LevelRule.anyDeployment());
        rules.put(DataClassification.INTERNAL, LevelRule.anyDeployment());
        rules.put(DataClassification.CONFIDENTIAL, LevelRule.of(EnumSet.allOf(DeploymentKind.class),
                VendorApiCondition.zeroRetentionIn(HOME_COUNTRY)));
        rules.put(DataClassification.RESTRICTED, LevelRule.only(DeploymentKind.ON_PREMISES));
        return new ClassificationPolicy(rules);
    }

    public LevelRule ruleFor(DataClassification level) {
        return rules.get(Require.present(level, "level"));
    }

    public ClassificationDecision decide(Deployment deployment, DataClassification level) {
        Require.present(deployment, "deployment");
        return decide(deployment.kind(), deployment.vendorTerms(), level);
    }

    /**
     * For callers that know the kind and terms but not a whole catalog deployment (the gateway's
     * routing). Vendor terms belong to vendor APIs only; a vendor API without known terms passes
     * only a level that imposes no condition (unknown terms never count as good terms).
     */
    public ClassificationDecision decide(DeploymentKind kind, Optional<VendorTerms> vendorTerms,
                                         DataClassification level) {
        Require.present(kind, "deploymentKind");
        Require.present(vendorTerms, "vendorTerms");
        Require.that(kind == DeploymentKind.VENDOR_API || vendorTerms.isEmpty(), "vendorTerms",
                "apply to VENDOR_API deployments only");
        LevelRule rule = ruleFor(level);
        if (!rule.allows(kind)) {
            return ClassificationDecision.deny(level, kind, rule.allowedKinds().isEmpty()
                    ? level + " data may not use any deployment under this policy; this deployment is "
                    + Wording.kind(kind) + "."
                    : level + " data may use only " + allowedDescription(rule) + "; this deployment is "
                    + Wording.kind(kind) + ".");
        }
        if (kind != DeploymentKind.VENDOR_API) {
            return ClassificationDecision.allow(level, kind, level + " data may use " + Wording.kind(kind) + ".");
        }
        VendorApiCondition condition = rule.vendorCondition();
        if (condition.imposesNothing()) {
            return ClassificationDecision.allow(level, kind, level + " data may use a vendor API under any vendor terms.");
        }
        String requirement = level + " data may use a vendor API only with " + condition.describe();
        if (vendorTerms.isEmpty()) {
            return ClassificationDecision.deny(level, kind, requirement + "; this vendor's terms are unknown.");
        }
        List<String> unmet = condition.unmetBy(vendorTerms.get());
        if (!unmet.isEmpty()) {
            return ClassificationDecision.deny(level, kind, requirement + "; this vendor " + Wording.and(unmet) + ".");
        }
        return ClassificationDecision.allow(level, kind,
                level + " data may use this vendor API: it promises " + condition.describe() + ".");
    }

    /** The most sensitive level the deployment may carry, empty when not even PUBLIC data may use it. */
    public Optional<DataClassification> strictestLevelFor(Deployment deployment) {
        Require.present(deployment, "deployment");
        DataClassification[] levels = DataClassification.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            if (decide(deployment, levels[i]).allowed()) {
                return Optional.of(levels[i]);
            }
        }
        return Optional.empty();
    }

    private static String allowedDescription(LevelRule rule) {
        List<String> kinds = new ArrayList<>();
        for (DeploymentKind kind : rule.allowedKinds()) {
            kinds.add(kind == DeploymentKind.VENDOR_API && !rule.vendorCondition().imposesNothing()
                    ? "a vendor API with " + rule.vendorCondition().describe()
                    : Wording.kind(kind));
        }
        return Wording.or(kinds);
    }

    /** An EnumMap copy; a level mapped to null counts as missing, so the coherence check names it. */
    private static EnumMap<DataClassification, LevelRule> copyOf(Map<DataClassification, LevelRule> rules) {
        Require.present(rules, "policy");
        EnumMap<DataClassification, LevelRule> copy = new EnumMap<>(DataClassification.class);
        rules.forEach((level, rule) -> {
            Require.present(level, "policy");
            if (rule != null) {
                copy.put(level, rule);
            }
        });
        return copy;
    }
}

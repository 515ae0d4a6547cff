package io.modelgate.domain.classification;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The deployments one classification level may use.
 *
 * @param allowedKinds       the deployment kinds the level may use; empty means none at all
 * @param vendorApiCondition what a vendor's terms must promise when {@code VENDOR_API} is allowed;
 *                           empty means any terms will do
 */
public record LevelRule(Set<DeploymentKind> allowedKinds, Optional<VendorApiCondition> vendorApiCondition) {

    public LevelRule {
        Require.present(allowedKinds, "levelRule.allowedKinds");
        EnumSet<DeploymentKind> kinds = EnumSet.noneOf(DeploymentKind.class);
        for (DeploymentKind kind : allowedKinds) {
            kinds.add(Require.present(kind, "levelRule.allowedKinds"));
        }
        // EnumSet keeps the enum order, so sentences list kinds the same way every time.
        allowedKinds = Collections.unmodifiableSet(kinds);
        Require.present(vendorApiCondition, "levelRule.vendorApiCondition");
        if (vendorApiCondition.isPresent() && !kinds.contains(DeploymentKind.VENDOR_API)) {
            throw new InvalidValueException("levelRule.vendorApiCondition",
                    "applies only when VENDOR_API is an allowed kind");
        }
        // One spelling for "no condition", so equal rules are equal records.
        vendorApiCondition = vendorApiCondition.filter(condition -> !condition.imposesNothing());
    }

    /** Every deployment kind, vendor APIs under any terms. */
    public static LevelRule anyDeployment() {
        return new LevelRule(EnumSet.allOf(DeploymentKind.class), Optional.empty());
    }

    /** Only the given kinds; a vendor API among them is allowed under any terms. */
    public static LevelRule only(DeploymentKind first, DeploymentKind... more) {
        return new LevelRule(EnumSet.of(first, more), Optional.empty());
    }

    /** The given kinds, with a vendor API among them allowed only under the condition. */
    public static LevelRule of(Set<DeploymentKind> kinds, VendorApiCondition vendorApiCondition) {
        return new LevelRule(kinds, Optional.of(vendorApiCondition));
    }

    public boolean allows(DeploymentKind kind) {
        return allowedKinds.contains(kind);
    }

    /** The vendor condition, {@link VendorApiCondition#NONE} when there is none. */
    public VendorApiCondition vendorCondition() {
        return vendorApiCondition.orElse(VendorApiCondition.NONE);
    }
}

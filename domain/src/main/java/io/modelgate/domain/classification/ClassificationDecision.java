package io.modelgate.domain.classification;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.shared.Require;

/**
 * Whether data of a level may go to a deployment, and why, in one sentence a reviewer can read.
 * A refusal is an ordinary outcome, so it is a value rather than an exception.
 */
public record ClassificationDecision(DataClassification level, DeploymentKind deploymentKind,
                                     boolean allowed, String reason) {

    public ClassificationDecision {
        Require.present(level, "decision.level");
        Require.present(deploymentKind, "decision.deploymentKind");
        reason = Require.text(reason, "decision.reason", 500);
    }

    static ClassificationDecision allow(DataClassification level, DeploymentKind kind, String reason) {
        return new ClassificationDecision(level, kind, true, reason);
    }

    static ClassificationDecision deny(DataClassification level, DeploymentKind kind, String reason) {
        return new ClassificationDecision(level, kind, false, reason);
    }

    public boolean denied() {
        return !allowed;
    }
}

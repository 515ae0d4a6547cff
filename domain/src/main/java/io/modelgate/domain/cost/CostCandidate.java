package io.modelgate.domain.cost;

import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.Require;

/** A model in one of its deployments, as an option in a TCO comparison. */
public record CostCandidate(ModelId model, Deployment deployment) {

    public CostCandidate {
        Require.present(model, "candidates.model");
        Require.present(deployment, "candidates.deployment");
    }

    public boolean selfHosted() {
        return deployment.kind().selfHosted();
    }

    @Override
    public String toString() {
        return model + " (" + deployment.kind() + ")";
    }
}

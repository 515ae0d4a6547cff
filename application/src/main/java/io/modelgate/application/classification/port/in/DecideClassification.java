package io.modelgate.application.classification.port.in;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.ClassificationDecision;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.shared.Require;

/** Use case: may data of this level go to this model in this deployment, and why. */
public interface DecideClassification {

    Result decide(Query query);

    record Query(ModelId model, DeploymentKind deployment, DataClassification level) {
        public Query {
            Require.present(model, "modelId");
            Require.present(deployment, "deployment");
            Require.present(level, "level");
        }
    }

    record Result(ModelId model, ClassificationDecision decision, long policyVersion) {
    }
}

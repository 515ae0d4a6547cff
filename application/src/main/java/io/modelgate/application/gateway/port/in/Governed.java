package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;

/** How a call was governed: the model and deployment that serve it, and the effective data classification. */
public record Governed(ModelId model, DeploymentKind deployment, DataClassification classification) {
}

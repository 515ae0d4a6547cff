package io.modelgate.application.endpoint;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.Require;

/** Which deployment an endpoint serves: {@code llama-3-70b-instruct/ON_PREMISES}. */
public record EndpointKey(ModelId model, DeploymentKind deployment) {

    public EndpointKey {
        Require.present(model, "model");
        Require.present(deployment, "deployment");
    }

    @Override
    public String toString() {
        return model.value() + "/" + deployment.name();
    }
}

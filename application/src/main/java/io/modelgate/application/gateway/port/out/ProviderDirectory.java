package io.modelgate.application.gateway.port.out;

import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;

import java.util.List;
import java.util.Optional;

/**
 * Out-port: where each model deployment is served, from configuration and admin-managed endpoints (never
 * from a request).
 */
public interface ProviderDirectory {

    /** The endpoint the gateway may call for the deployment; empty when there is none or it cannot be called. */
    Optional<ProviderEndpoint> endpointFor(ModelId model, DeploymentKind deployment);

    /** Every endpoint this installation knows, callable or not, ordered by model and deployment. */
    List<EndpointState> endpoints();

    /** Why {@link #endpointFor} is empty, in a sentence that names the deployment. */
    default String unavailableReason(ModelId model, DeploymentKind deployment) {
        return "no endpoint configured for " + model.value() + "/" + deployment.name();
    }
}

package io.modelgate.application.gateway.port.out;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;

import java.util.Optional;

/** Out-port: where each model deployment is served, from configuration only (never from a request). */
public interface ProviderDirectory {

    Optional<ProviderEndpoint> endpointFor(ModelId model, DeploymentKind deployment);
}

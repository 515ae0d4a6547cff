package io.modelgate.application.catalog.port.in;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.SourceKind;

import java.util.Optional;

/** Filters for listing models; an empty filter matches everything. Provider matches ignoring case. */
public record ModelQuery(Optional<String> provider, Optional<SourceKind> sourceKind,
                         Optional<DeploymentKind> deployment, Optional<Lifecycle> lifecycle) {

    public static ModelQuery all() {
        return new ModelQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}

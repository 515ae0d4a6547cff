package io.modelgate.application.gateway.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.usecase.TaskCategory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Query: the models this caller may use through the gateway now. */
public interface ListGatewayModels {

    /** Live approvals of the caller's department that the policy allows, whose model is not retired. */
    List<Offer> models(Actor actor);

    record Offer(ModelId model, String name, DeploymentKind deployment, DataClassification upTo,
                 Set<TaskCategory> tasks, Instant validUntil) {
    }
}

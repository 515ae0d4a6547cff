package io.modelgate.application.approval.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.UseCase;

import java.util.OptionalLong;

/** Use case: the requester changes a DRAFT. */
public interface EditUsageRequest {

    UsageRequest edit(Command command);

    record Command(Actor actor, UsageRequestId id, ModelId model, DeploymentKind deployment, UseCase useCase,
                   OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(id, "id");
            Require.present(model, "modelId");
            Require.present(deployment, "deployment");
            Require.present(useCase, "useCase");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}

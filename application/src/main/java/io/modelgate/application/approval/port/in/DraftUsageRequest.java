package io.modelgate.application.approval.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.UseCase;

/** Use case: a department member drafts a request to use a model; the department comes from the token. */
public interface DraftUsageRequest {

    UsageRequest draft(Command command);

    record Command(Actor actor, ModelId model, DeploymentKind deployment, UseCase useCase) {
        public Command {
            Require.present(actor, "actor");
            Require.present(model, "modelId");
            Require.present(deployment, "deployment");
            Require.present(useCase, "useCase");
        }
    }
}

package io.modelgate.application.catalog.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.Require;

import java.util.Optional;
import java.util.OptionalLong;

/** Use case: an admin deprecates or retires a model. */
public interface ChangeModelLifecycle {

    Model moveTo(Command command);

    record Command(Actor actor, ModelId id, Lifecycle target, Optional<String> reason, OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(id, "id");
            Require.present(target, "target");
            Require.present(reason, "reason");
            reason = reason.map(r -> Require.text(r, "reason", 500));
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}

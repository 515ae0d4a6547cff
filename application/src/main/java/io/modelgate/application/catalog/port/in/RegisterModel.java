package io.modelgate.application.catalog.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.ModelSpec;
import io.modelgate.domain.shared.Require;

/** Use case: an admin adds a model to the catalog. */
public interface RegisterModel {

    Model register(Command command);

    record Command(Actor actor, ModelId id, ModelSpec spec) {
        public Command {
            Require.present(actor, "actor");
            Require.present(id, "id");
            Require.present(spec, "spec");
        }
    }
}

package io.modelgate.application.catalog.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.ModelSpec;
import io.modelgate.domain.shared.Require;

import java.util.OptionalLong;

/** Use case: an admin revises a model's description, optionally only if it is still at a known version. */
public interface ReviseModel {

    Model revise(Command command);

    record Command(Actor actor, ModelId id, ModelSpec spec, OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(id, "id");
            Require.present(spec, "spec");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}

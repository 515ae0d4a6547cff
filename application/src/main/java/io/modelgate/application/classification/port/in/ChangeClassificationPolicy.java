package io.modelgate.application.classification.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.shared.Require;

import java.util.Optional;
import java.util.OptionalLong;

/** Use case: an admin replaces the classification policy; the previous version is kept. */
public interface ChangeClassificationPolicy {

    VersionedPolicy change(Command command);

    record Command(Actor actor, ClassificationPolicy policy, Optional<String> note, OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(policy, "policy");
            Require.present(note, "note");
            note = note.map(n -> Require.text(n, "note", 500));
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}

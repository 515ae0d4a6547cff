package io.modelgate.application.catalog.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.license.License;
import io.modelgate.domain.shared.Require;

import java.util.OptionalLong;

/** Use case: an admin revises a license's terms (which later re-opens the approvals that rely on it). */
public interface ReviseLicense {

    License revise(Command command);

    /** The revised license; its id names the license to change, its version is ignored. */
    record Command(Actor actor, License revised, OptionalLong expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(revised, "revised");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}

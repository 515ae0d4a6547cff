package io.modelgate.application.catalog.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.license.License;
import io.modelgate.domain.shared.Require;

/** Use case: an admin adds a license with its structured terms. */
public interface RegisterLicense {

    License register(Command command);

    /** The license as described; its version is ignored (a new license starts at 0). */
    record Command(Actor actor, License license) {
        public Command {
            Require.present(actor, "actor");
            Require.present(license, "license");
        }
    }
}

package io.modelgate.application.catalog.port.out;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.license.License;

/**
 * Out-port: told of catalog changes inside the changing transaction, so whatever depends on a model
 * or a license (approvals) reacts atomically with the change.
 */
public interface CatalogChanges {

    void modelChanged(Actor actor, Model before, Model after);

    void licenseChanged(Actor actor, License before, License after);

    CatalogChanges NONE = new CatalogChanges() {
        @Override
        public void modelChanged(Actor actor, Model before, Model after) {
        }

        @Override
        public void licenseChanged(Actor actor, License before, License after) {
        }
    };
}

package io.modelgate.application.catalog.port.out;

import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;

import java.util.Optional;

/** Out-port: the stored licenses. */
public interface Licenses {

    Optional<License> find(LicenseId id);

    boolean exists(LicenseId id);

    Page<License> list(PageRequest page);

    License add(License license);

    /** Same contract as {@link Models#update}. */
    License update(License license);
}

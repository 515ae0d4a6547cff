package io.modelgate.application.catalog.port.in;

import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;

/** Use case: anyone signed in reads the licenses. */
public interface FindLicenses {

    Page<License> list(PageRequest page);

    License get(LicenseId id);
}

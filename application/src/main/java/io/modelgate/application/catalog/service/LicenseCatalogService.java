package io.modelgate.application.catalog.service;

import io.modelgate.application.catalog.port.in.FindLicenses;
import io.modelgate.application.catalog.port.in.RegisterLicense;
import io.modelgate.application.catalog.port.in.ReviseLicense;
import io.modelgate.application.catalog.port.out.CatalogChanges;
import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.shared.AlreadyExistsException;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;

/** The license catalog's use cases. Each command runs in one transaction. */
public final class LicenseCatalogService implements RegisterLicense, ReviseLicense, FindLicenses {

    private static final String ENTITY = "license";

    private final Licenses licenses;
    private final Transactions transactions;
    private final Audit audit;
    private final CatalogChanges changes;

    public LicenseCatalogService(Licenses licenses, Transactions transactions, Audit audit, CatalogChanges changes) {
        this.licenses = licenses;
        this.transactions = transactions;
        this.audit = audit;
        this.changes = changes;
    }

    @Override
    public License register(RegisterLicense.Command command) {
        License license = command.license();
        return transactions.inTransaction(() -> {
            if (licenses.exists(license.id())) {
                throw new AlreadyExistsException(ENTITY, license.id());
            }
            License added = licenses.add(new License(license.id(), license.name(), license.spdxId(),
                    license.textUrl(), license.summary(), license.terms(), 0));
            audit.record(command.actor(), "LICENSE.REGISTERED", ENTITY, added.id(), "SUCCESS",
                    "registered " + added.name() + "; commercial use " + added.terms().commercialUse());
            return added;
        });
    }

    @Override
    public License revise(ReviseLicense.Command command) {
        License revised = command.revised();
        return transactions.inTransaction(() -> {
            License current = licenses.find(revised.id()).orElseThrow(() -> new NotFoundException(ENTITY, revised.id()));
            if (command.expectedVersion().isPresent() && command.expectedVersion().getAsLong() != current.version()) {
                throw StaleVersionException.expected(ENTITY, revised.id(), command.expectedVersion().getAsLong(),
                        current.version());
            }
            License stored = licenses.update(current.revise(revised.name(), revised.spdxId(), revised.textUrl(),
                    revised.summary(), revised.terms()));
            audit.record(command.actor(), "LICENSE.REVISED", ENTITY, stored.id(), "SUCCESS",
                    "version " + current.version() + " → " + stored.version()
                            + (current.terms().equals(stored.terms()) ? "; terms unchanged" : "; terms changed"));
            changes.licenseChanged(command.actor(), current, stored);
            return stored;
        });
    }

    @Override
    public Page<License> list(PageRequest page) {
        return transactions.inTransaction(() -> licenses.list(page));
    }

    @Override
    public License get(LicenseId id) {
        return transactions.inTransaction(() -> licenses.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id)));
    }
}

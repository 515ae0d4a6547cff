package io.modelgate.application.testing;

import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Fake {@link Licenses} with the same contract as the PostgreSQL adapter. */
public final class InMemoryLicenses implements Licenses {

    private final Map<String, License> rows = new TreeMap<>();

    @Override
    public synchronized Optional<License> find(LicenseId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public synchronized boolean exists(LicenseId id) {
        return rows.containsKey(id.value());
    }

    @Override
    public synchronized Page<License> list(PageRequest page) {
        List<License> items = rows.values().stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), rows.size());
    }

    @Override
    public synchronized License add(License license) {
        if (rows.containsKey(license.id().value())) {
            throw new IllegalStateException("duplicate key " + license.id());
        }
        rows.put(license.id().value(), license);
        return license;
    }

    @Override
    public synchronized License update(License license) {
        License stored = rows.get(license.id().value());
        if (stored == null || stored.version() != license.version()) {
            throw StaleVersionException.concurrent("license", license.id());
        }
        License next = new License(license.id(), license.name(), license.spdxId(), license.textUrl(),
                license.summary(), license.terms(), license.version() + 1);
        rows.put(license.id().value(), next);
        return next;
    }
}

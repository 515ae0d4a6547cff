package io.modelgate.adapters.persistence.catalog;

import io.modelgate.adapters.persistence.shared.Flush;
import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** {@link Licenses} on PostgreSQL. */
@ApplicationScoped
public class JpaLicenses implements Licenses, PanacheRepositoryBase<LicenseEntity, String> {

    @Override
    public Optional<License> find(LicenseId id) {
        return findByIdOptional(id.value()).map(CatalogMapper::toDomain);
    }

    @Override
    public boolean exists(LicenseId id) {
        return count("id", id.value()) > 0;
    }

    @Override
    public Page<License> list(PageRequest page) {
        var query = findAll(Sort.by("id"));
        long total = query.count();
        var items = query.page(page.page(), page.size()).list().stream().map(CatalogMapper::toDomain).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public License add(License license) {
        LicenseEntity entity = new LicenseEntity();
        CatalogMapper.copy(license, entity);
        persist(entity);
        Flush.now(getEntityManager(), "license", license.id());
        return CatalogMapper.toDomain(entity);
    }

    @Override
    public License update(License license) {
        LicenseEntity entity = findById(license.id().value());
        if (entity == null || entity.version != license.version()) {
            throw StaleVersionException.concurrent("license", license.id());
        }
        CatalogMapper.copy(license, entity);
        Flush.now(getEntityManager(), "license", license.id());
        return CatalogMapper.toDomain(entity);
    }
}

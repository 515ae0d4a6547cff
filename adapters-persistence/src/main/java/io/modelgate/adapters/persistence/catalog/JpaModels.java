package io.modelgate.adapters.persistence.catalog;

import io.modelgate.adapters.persistence.shared.Flush;
import io.modelgate.application.catalog.port.in.ModelQuery;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.license.LicenseId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link Models} on PostgreSQL. */
@ApplicationScoped
public class JpaModels implements Models, PanacheRepositoryBase<ModelEntity, String> {

    @Override
    public Optional<Model> find(ModelId id) {
        return findByIdOptional(id.value()).map(CatalogMapper::toDomain);
    }

    @Override
    public boolean exists(ModelId id) {
        return count("id", id.value()) > 0;
    }

    @Override
    public Page<Model> search(ModelQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        query.provider().ifPresent(p -> {
            where.add("lower(m.provider) = :provider");
            params.and("provider", p.toLowerCase(Locale.ROOT));
        });
        query.sourceKind().ifPresent(k -> {
            where.add("m.sourceKind = :sourceKind");
            params.and("sourceKind", k.name());
        });
        query.lifecycle().ifPresent(l -> {
            where.add("m.lifecycle = :lifecycle");
            params.and("lifecycle", l.name());
        });
        query.deployment().ifPresent(d -> {
            where.add("exists (select 1 from ModelEntity m2 join m2.deployments d where m2.id = m.id"
                    + " and d.kind = :deployment)");
            params.and("deployment", d.name());
        });
        String jpql = "from ModelEntity m" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var panacheQuery = find(jpql, Sort.by("m.id"), params);
        long total = panacheQuery.count();
        List<Model> items = panacheQuery.page(page.page(), page.size()).list().stream()
                .map(CatalogMapper::toDomain).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<ModelId> usingLicense(LicenseId license) {
        return find("licenseId", Sort.by("id"), license.value()).stream().map(e -> new ModelId(e.id)).toList();
    }

    @Override
    public List<ModelId> derivedFrom(ModelId base) {
        return find("baseModelId", Sort.by("id"), base.value()).stream().map(e -> new ModelId(e.id)).toList();
    }

    @Override
    public Model add(Model model) {
        ModelEntity entity = new ModelEntity();
        CatalogMapper.copy(model, entity);
        persist(entity);
        Flush.now(getEntityManager(), "model", model.id());
        return CatalogMapper.toDomain(entity);
    }

    @Override
    public Model update(Model model) {
        ModelEntity entity = findById(model.id().value());
        if (entity == null || entity.version != model.version()) {
            throw StaleVersionException.concurrent("model", model.id());
        }
        CatalogMapper.copy(model, entity);
        Flush.now(getEntityManager(), "model", model.id());
        return CatalogMapper.toDomain(entity);
    }
}

package io.modelgate.application.testing;

import io.modelgate.application.catalog.port.in.ModelQuery;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.license.LicenseId;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Fake {@link Models} with the same contract as the PostgreSQL adapter (see ModelsContract). */
public final class InMemoryModels implements Models {

    private final Map<String, Model> rows = new TreeMap<>();

    @Override
    public synchronized Optional<Model> find(ModelId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public synchronized boolean exists(ModelId id) {
        return rows.containsKey(id.value());
    }

    @Override
    public synchronized Page<Model> search(ModelQuery query, PageRequest page) {
        List<Model> matching = rows.values().stream()
                .filter(m -> query.provider().map(p -> m.spec().provider().toLowerCase(Locale.ROOT)
                        .equals(p.toLowerCase(Locale.ROOT))).orElse(true))
                .filter(m -> query.sourceKind().map(k -> m.spec().sourceKind() == k).orElse(true))
                .filter(m -> query.lifecycle().map(l -> m.lifecycle() == l).orElse(true))
                .filter(m -> query.deployment().map(d -> m.spec().deployment(d).isPresent()).orElse(true))
                .toList();
        List<Model> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), matching.size());
    }

    @Override
    public synchronized List<ModelId> usingLicense(LicenseId license) {
        return rows.values().stream().filter(m -> m.spec().licenseId().equals(license)).map(Model::id).toList();
    }

    @Override
    public synchronized List<ModelId> derivedFrom(ModelId base) {
        return rows.values().stream().filter(m -> m.spec().baseModel().filter(base::equals).isPresent())
                .map(Model::id).toList();
    }

    @Override
    public synchronized Model add(Model model) {
        if (rows.containsKey(model.id().value())) {
            throw new IllegalStateException("duplicate key " + model.id());
        }
        rows.put(model.id().value(), model);
        return model;
    }

    @Override
    public synchronized Model update(Model model) {
        Model stored = rows.get(model.id().value());
        if (stored == null || stored.version() != model.version()) {
            throw StaleVersionException.concurrent("model", model.id());
        }
        Model next = Model.reconstitute(model.id(), model.spec(), model.lifecycle(), model.version() + 1);
        rows.put(model.id().value(), next);
        return next;
    }
}

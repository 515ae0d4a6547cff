package io.modelgate.application.catalog.port.out;

import io.modelgate.application.catalog.port.in.ModelQuery;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;

import io.modelgate.domain.license.LicenseId;

import java.util.List;
import java.util.Optional;

/** Out-port: the stored catalog of models. */
public interface Models {

    Optional<Model> find(ModelId id);

    boolean exists(ModelId id);

    Page<Model> search(ModelQuery query, PageRequest page);

    /** Models whose own license is the given one. */
    List<ModelId> usingLicense(LicenseId license);

    /** Models that name the given model as their base (one level). */
    List<ModelId> derivedFrom(ModelId base);

    /** Stores a new model; returns it as stored. */
    Model add(Model model);

    /**
     * Replaces the stored state whose version is {@code model.version()}; returns the stored state
     * with its new version. Throws {@code StaleVersionException} when another writer got there first.
     */
    Model update(Model model);
}

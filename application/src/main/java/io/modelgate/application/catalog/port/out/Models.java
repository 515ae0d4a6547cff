package io.modelgate.application.catalog.port.out;

import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;

import java.util.Optional;

/** Out-port: the stored catalog of models. */
public interface Models {

    Optional<Model> find(ModelId id);

    boolean exists(ModelId id);

    Page<Model> search(ModelQuery query, PageRequest page);

    /** Stores a new model; returns it as stored. */
    Model add(Model model);

    /**
     * Replaces the stored state whose version is {@code model.version()}; returns the stored state
     * with its new version. Throws {@code StaleVersionException} when another writer got there first.
     */
    Model update(Model model);
}

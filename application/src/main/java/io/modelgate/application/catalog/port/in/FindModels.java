package io.modelgate.application.catalog.port.in;

import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;

/** Use case: anyone signed in browses the catalog. */
public interface FindModels {

    Page<Model> search(ModelQuery query, PageRequest page);

    /** @throws io.modelgate.application.shared.NotFoundException when there is no such model */
    Model get(ModelId id);
}

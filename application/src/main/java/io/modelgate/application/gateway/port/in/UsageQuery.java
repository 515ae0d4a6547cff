package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;

import java.time.Instant;
import java.util.Optional;

/** Filters for reading the ledger; combined with AND; newest first. */
public record UsageQuery(Optional<DepartmentId> department, Optional<ModelId> model, Optional<String> outcome,
                         Optional<Instant> from, Optional<Instant> to) {
}

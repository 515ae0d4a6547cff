package io.modelgate.application.audit.port.in;

import java.time.Instant;
import java.util.Optional;

/** Filters for reading the audit trail; all optional, combined with AND. Newest first. */
public record AuditQuery(Optional<String> entityType, Optional<String> entityId, Optional<String> actor,
                         Optional<String> action, Optional<String> department, Optional<Instant> from,
                         Optional<Instant> to) {

    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}

package io.modelgate.application.audit.port.out;

import io.modelgate.application.audit.port.in.AuditQuery;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.audit.AuditEvent;
import io.modelgate.domain.audit.ChainVerification;

/**
 * Out-port: the append-only, hash-chained audit trail. {@link #record} joins the caller's
 * transaction, so an event is stored exactly when the change it describes is.
 */
public interface AuditTrail {

    /** Chains the entry onto the newest event; appends are serialised so the chain never forks. */
    AuditEvent record(AuditEntry entry);

    Page<AuditEvent> search(AuditQuery query, PageRequest page);

    /** Recomputes the whole chain from the first event, streaming. */
    ChainVerification verify();
}

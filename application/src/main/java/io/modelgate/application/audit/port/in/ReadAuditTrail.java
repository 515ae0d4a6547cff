package io.modelgate.application.audit.port.in;

import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.audit.AuditEvent;
import io.modelgate.domain.audit.ChainVerification;

/** Use case: auditors and admins read the trail and verify that nobody tampered with it. */
public interface ReadAuditTrail {

    Page<AuditEvent> search(AuditQuery query, PageRequest page);

    ChainVerification verify();
}

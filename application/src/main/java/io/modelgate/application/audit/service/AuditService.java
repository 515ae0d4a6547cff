package io.modelgate.application.audit.service;

import io.modelgate.application.audit.port.in.ReadAuditTrail;
import io.modelgate.application.audit.port.in.AuditQuery;
import io.modelgate.application.audit.port.out.AuditTrail;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.audit.AuditEvent;
import io.modelgate.domain.audit.ChainVerification;

/** Reading and verifying the audit trail. */
public final class AuditService implements ReadAuditTrail {

    private final AuditTrail trail;
    private final Transactions transactions;

    public AuditService(AuditTrail trail, Transactions transactions) {
        this.trail = trail;
        this.transactions = transactions;
    }

    @Override
    public Page<AuditEvent> search(AuditQuery query, PageRequest page) {
        return transactions.inTransaction(() -> trail.search(query, page));
    }

    @Override
    public ChainVerification verify() {
        return transactions.inTransaction(trail::verify);
    }
}

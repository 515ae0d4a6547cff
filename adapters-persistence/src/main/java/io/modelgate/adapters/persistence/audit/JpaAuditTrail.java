package io.modelgate.adapters.persistence.audit;

import io.modelgate.application.audit.port.in.AuditQuery;
import io.modelgate.application.audit.port.out.AuditTrail;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.audit.AuditEvent;
import io.modelgate.domain.audit.ChainHead;
import io.modelgate.domain.audit.ChainVerification;
import io.modelgate.domain.audit.ChainVerifier;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.hibernate.Session;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AuditTrail} on PostgreSQL: appends through {@link AuditChainAppender}, read through the entity. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail, PanacheRepositoryBase<AuditEventEntity, Long> {

    private static final int VERIFY_BATCH = 1000;

    @Override
    public AuditEvent record(AuditEntry entry) {
        // On the use case's own connection and transaction: the event commits with its change, and the chain's
        // lock is held until then.
        return getEntityManager().unwrap(Session.class)
                .doReturningWork(connection -> AuditChainAppender.append(connection, List.of(entry)).get(0));
    }

    @Override
    public Page<AuditEvent> search(AuditQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        query.entityType().ifPresent(v -> { where.add("e.entityType = :entityType"); params.and("entityType", v); });
        query.entityId().ifPresent(v -> { where.add("e.entityId = :entityId"); params.and("entityId", v); });
        query.actor().ifPresent(v -> { where.add("e.actor = :actor"); params.and("actor", v); });
        query.action().ifPresent(v -> { where.add("e.action = :action"); params.and("action", v); });
        query.department().ifPresent(v -> { where.add("e.department = :department"); params.and("department", v); });
        query.from().ifPresent(v -> { where.add("e.occurredAt >= :from"); params.and("from", v); });
        query.to().ifPresent(v -> { where.add("e.occurredAt < :to"); params.and("to", v); });
        String jpql = "from AuditEventEntity e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = find(jpql, Sort.descending("e.sequence"), params);
        long total = found.count();
        List<AuditEvent> items = found.page(page.page(), page.size()).list().stream()
                .map(JpaAuditTrail::toDomain).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public ChainVerification verify() {
        ChainVerifier verifier = ChainVerifier.startingAt(ChainHead.GENESIS);
        long after = 0;
        // Keyset pages in sequence order: constant memory however long the trail is. Gaps are not
        // skipped over: the verifier sees the next stored sequence and reports the missing one.
        while (true) {
            List<AuditEventEntity> batch = find("from AuditEventEntity e where e.sequence > ?1",
                    Sort.ascending("e.sequence"), after).page(0, VERIFY_BATCH).list();
            for (AuditEventEntity row : batch) {
                if (!verifier.accept(toDomain(row))) {
                    return verifier.result();
                }
                after = row.sequence;
            }
            if (batch.size() < VERIFY_BATCH) {
                return verifier.result();
            }
            getEntityManager().clear();
        }
    }

    private static AuditEvent toDomain(AuditEventEntity e) {
        return new AuditEvent(e.sequence, e.actor, e.action, e.entityType, e.entityId, e.occurredAt, e.outcome,
                e.summary, Optional.ofNullable(e.department), e.previousHash, e.hash);
    }
}

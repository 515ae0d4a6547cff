package io.modelgate.adapters.persistence.audit;

import io.modelgate.domain.audit.AuditChain;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.audit.AuditEvent;
import io.modelgate.domain.audit.ChainHead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way events join the audit chain, for every writer (the use cases through {@link JpaAuditTrail}, the
 * gateway's settlement writer): take the chain's transaction-scoped advisory lock, read the head, append the
 * events after it in order. The lock is held until the transaction ends, so concurrent transactions chain one
 * after another and the chain never forks.
 */
public final class AuditChainAppender {

    /** Arbitrary constant naming the audit chain's advisory lock. */
    static final long CHAIN_LOCK = 0x4D47_4155_4449_5401L;

    private static final String INSERT = "INSERT INTO audit_event (sequence, occurred_at, actor, action, entity_type,"
            + " entity_id, outcome, summary, department, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditChainAppender() {
    }

    /** Takes the chain's lock for the rest of the transaction; a writer that appends later in it takes it first. */
    public static void lock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
        }
    }

    /** Appends the entries after the chain's head, in order, under the lock; returns the events written. */
    public static List<AuditEvent> append(Connection c, List<AuditEntry> entries) throws SQLException {
        List<AuditEvent> written = new ArrayList<>(entries.size());
        if (entries.isEmpty()) {
            return written;
        }
        lock(c);
        ChainHead head = ChainHead.GENESIS;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1");
             ResultSet r = p.executeQuery()) {
            if (r.next()) {
                head = new ChainHead(r.getLong(1), r.getString(2));
            }
        }
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            for (AuditEntry entry : entries) {
                AuditEvent event = AuditChain.next(head, entry);
                p.setLong(1, event.sequence());
                p.setObject(2, OffsetDateTime.ofInstant(event.occurredAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
                p.setString(3, event.actor());
                p.setString(4, event.action());
                p.setString(5, event.entityType());
                p.setString(6, event.entityId());
                p.setString(7, event.outcome());
                p.setString(8, event.summary());
                p.setString(9, event.department().orElse(null));
                p.setString(10, event.previousHash());
                p.setString(11, event.hash());
                p.addBatch();
                written.add(event);
                head = new ChainHead(event.sequence(), event.hash());
            }
            p.executeBatch();
        }
        return written;
    }
}

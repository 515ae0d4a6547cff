package io.modelgate.adapters.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** Row of {@code audit_event}: inserted once, never updated (the table refuses it). */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    public long sequence;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String actor;
    public String action;
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public String entityId;
    public String outcome;
    public String summary;
    public String department;
    @Column(name = "previous_hash")
    public String previousHash;
    public String hash;
}

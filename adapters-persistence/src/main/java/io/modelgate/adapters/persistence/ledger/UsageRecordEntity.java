package io.modelgate.adapters.persistence.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Row of {@code usage_record}: one gateway call, read here; written by {@link LedgerLineInsert} only. */
@Entity
@Table(name = "usage_record")
@IdClass(UsageRecordEntity.Key.class)
@Immutable
public class UsageRecordEntity {

    /** A line's identity: request ids are the department's own. */
    public static class Key implements Serializable {
        public String department;
        public String requestId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(department, k.department) && Objects.equals(requestId, k.requestId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(department, requestId);
        }
    }

    @Id
    public String department;
    @Id
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String caller;
    @Column(name = "model_id")
    public String modelId;
    public String deployment;
    @Column(name = "approval_id")
    public UUID approvalId;
    public String classification;
    @Column(name = "input_tokens")
    public long inputTokens;
    @Column(name = "output_tokens")
    public long outputTokens;
    @Column(name = "usage_reported")
    public boolean usageReported;
    @Column(name = "cost_micros")
    public long costMicros;
    public String currency;
    @Column(name = "latency_millis")
    public long latencyMillis;
    public int attempts;
    public String outcome;
}

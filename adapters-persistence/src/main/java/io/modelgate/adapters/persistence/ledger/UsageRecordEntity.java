package io.modelgate.adapters.persistence.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code usage_record}: one gateway call. Written once by {@link JpaUsageLedger}'s insert, never changed. */
@Entity
@Table(name = "usage_record")
public class UsageRecordEntity {

    @Id
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String department;
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

package io.modelgate.adapters.persistence.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** Row of {@code usage_request_decision}: one reviewer's decision on one review kind. */
@Embeddable
public class DecisionRow {

    public String kind;
    public String outcome;
    public String reviewer;
    public String comment;
    @Column(name = "decided_at")
    public Instant decidedAt;
}

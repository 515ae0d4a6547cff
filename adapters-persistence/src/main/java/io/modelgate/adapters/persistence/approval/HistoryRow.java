package io.modelgate.adapters.persistence.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** Row of {@code usage_request_history}: one step of a request's life. */
@Embeddable
public class HistoryRow {

    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String actor;
    public String action;
    @Column(name = "from_state")
    public String fromState;
    @Column(name = "to_state")
    public String toState;
    public String note;
}

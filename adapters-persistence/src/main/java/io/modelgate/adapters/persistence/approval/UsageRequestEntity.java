package io.modelgate.adapters.persistence.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Row of {@code usage_request} with its use case inline, and its evaluation (findings, required
 * reviews, obligations), decisions and history in child tables. {@code evaluated} tells an
 * evaluation that found nothing from no evaluation yet.
 */
@Entity
@Table(name = "usage_request")
public class UsageRequestEntity {

    @Id
    public UUID id;
    public String requester;
    public String department;
    @Column(name = "model_id")
    public String modelId;
    public String deployment;

    public String purpose;
    @Column(name = "task_category")
    public String taskCategory;
    public String audience;
    public boolean commercial;
    @Column(name = "redistributes_model")
    public boolean redistributesModel;
    @Column(name = "fine_tunes")
    public boolean fineTunes;
    @Column(name = "expected_mau")
    public long expectedMau;
    @Column(name = "highest_classification")
    public String highestClassification;
    @Column(name = "requests_per_month")
    public long requestsPerMonth;
    @Column(name = "avg_input_tokens")
    public long avgInputTokens;
    @Column(name = "avg_output_tokens")
    public long avgOutputTokens;

    public String state;
    public boolean evaluated;

    @ElementCollection
    @CollectionTable(name = "usage_request_finding", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    public List<FindingRow> findings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "usage_request_required_review", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "kind")
    public Set<String> requiredReviews = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "usage_request_obligation", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    public List<ObligationRow> obligations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "usage_request_decision", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    public List<DecisionRow> decisions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "usage_request_history", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    public List<HistoryRow> history = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}

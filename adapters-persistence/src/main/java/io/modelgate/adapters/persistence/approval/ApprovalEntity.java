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
 * Row of {@code approval} with its task categories and obligations. The optional parts (monthly
 * cap, re-review flag, revocation, suspension) are nullable column groups, all set or all null.
 */
@Entity
@Table(name = "approval")
public class ApprovalEntity {

    @Id
    public UUID id;
    @Column(name = "request_id")
    public UUID requestId;
    public String department;
    @Column(name = "model_id")
    public String modelId;
    public String deployment;
    @Column(name = "highest_classification")
    public String highestClassification;

    @ElementCollection
    @CollectionTable(name = "approval_task_category", joinColumns = @JoinColumn(name = "approval_id"))
    @Column(name = "task_category")
    public Set<String> taskCategories = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "approval_obligation", joinColumns = @JoinColumn(name = "approval_id"))
    @OrderColumn(name = "position")
    public List<ObligationRow> obligations = new ArrayList<>();

    @Column(name = "granted_at")
    public Instant grantedAt;
    @Column(name = "valid_until")
    public Instant validUntil;
    @Column(name = "monthly_cap_minor")
    public Long monthlyCapMinor;
    @Column(name = "monthly_cap_currency")
    public String monthlyCapCurrency;
    public String status;

    @Column(name = "re_review_reason")
    public String reReviewReason;
    @Column(name = "re_review_flagged_at")
    public Instant reReviewFlaggedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "suspension_reason")
    public String suspensionReason;
    @Column(name = "suspended_at")
    public Instant suspendedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}

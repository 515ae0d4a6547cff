package io.modelgate.adapters.persistence.classification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Row of {@code classification_policy}: one immutable version. */
@Entity
@Table(name = "classification_policy")
public class PolicyVersionEntity {

    @Id
    public long version;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
    public String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "classification_policy_rule", joinColumns = @JoinColumn(name = "policy_version"))
    public List<PolicyRuleRow> rules = new ArrayList<>();
}

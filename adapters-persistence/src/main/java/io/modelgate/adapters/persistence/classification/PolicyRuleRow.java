package io.modelgate.adapters.persistence.classification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row of {@code classification_policy_rule}. */
@Embeddable
public class PolicyRuleRow {

    public String level;
    @Column(name = "allowed_kinds")
    public String allowedKinds;
    @Column(name = "vendor_requires_zero_retention")
    public boolean vendorRequiresZeroRetention;
    @Column(name = "vendor_required_region")
    public String vendorRequiredRegion;
    @Column(name = "vendor_forbids_training")
    public boolean vendorForbidsTraining;
}

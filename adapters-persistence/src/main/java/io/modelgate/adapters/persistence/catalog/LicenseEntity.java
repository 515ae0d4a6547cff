package io.modelgate.adapters.persistence.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.HashMap;
import java.util.Map;

/** Row of {@code license}; the structured terms are columns so they can be queried. */
@Entity
@Table(name = "license")
public class LicenseEntity {

    @Id
    public String id;
    public String name;
    @Column(name = "spdx_id")
    public String spdxId;
    @Column(name = "text_url")
    public String textUrl;
    public String summary;
    @Column(name = "commercial_use")
    public String commercialUse;
    @Column(name = "monthly_active_user_cap")
    public Long monthlyActiveUserCap;
    @Column(name = "attribution_required")
    public boolean attributionRequired;
    @Column(name = "attribution_notice")
    public String attributionNotice;
    @Column(name = "copyright_notice_required")
    public boolean copyrightNoticeRequired;
    @Column(name = "license_text_with_redistribution")
    public boolean licenseTextWithRedistribution;
    @Column(name = "notice_file_with_redistribution")
    public boolean noticeFileWithRedistribution;
    @Column(name = "derivative_name_prefix")
    public String derivativeNamePrefix;
    @Column(name = "acceptable_use_policy_url")
    public String acceptableUsePolicyUrl;
    @Column(name = "use_restrictions_pass_through")
    public boolean useRestrictionsPassThrough;
    @Column(name = "redistribution_allowed")
    public boolean redistributionAllowed;
    @Column(name = "share_alike")
    public boolean shareAlike;
    @Column(name = "outputs_may_improve_other_models")
    public boolean outputsMayImproveOtherModels;

    @ElementCollection
    @CollectionTable(name = "license_clause", joinColumns = @JoinColumn(name = "license_id"))
    @MapKeyColumn(name = "term")
    @Column(name = "clause")
    public Map<String, String> clauses = new HashMap<>();

    @Version
    public long version;
}

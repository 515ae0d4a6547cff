package io.modelgate.adapters.persistence.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row of {@code usage_request_obligation} and of {@code approval_obligation}. */
@Embeddable
public class ObligationRow {

    public String type;
    public String sentence;
    @Column(name = "source_license")
    public String sourceLicense;
    public String clause;
}

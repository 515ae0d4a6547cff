package io.modelgate.adapters.persistence.approval;

import jakarta.persistence.Embeddable;

/** Row of {@code usage_request_finding}; its position in the list is the order column. */
@Embeddable
public class FindingRow {

    public String severity;
    public String code;
    public String sentence;
}

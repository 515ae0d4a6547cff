package io.modelgate.domain.license;

/** Names each structured term, so a license can say which of its clauses states it. */
public enum LicenseTerm {
    COMMERCIAL_USE,
    MONTHLY_ACTIVE_USER_CAP,
    ATTRIBUTION,
    COPYRIGHT_NOTICE,
    LICENSE_TEXT,
    NOTICE_FILE,
    DERIVATIVE_NAME,
    ACCEPTABLE_USE_POLICY,
    USE_RESTRICTIONS_PASS_THROUGH,
    REDISTRIBUTION,
    SHARE_ALIKE,
    OUTPUT_USE
}

package io.modelgate.adapters.rest.shared;

/** The role names carried by tokens (the {@code groups} claim, or Keycloak's realm roles). */
public final class Roles {

    public static final String REQUESTER = "requester";
    public static final String SECURITY_REVIEWER = "security-reviewer";
    public static final String LEGAL_REVIEWER = "legal-reviewer";
    public static final String FINANCE_REVIEWER = "finance-reviewer";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    public static final String GATEWAY_CLIENT = "gateway-client";

    private Roles() {
    }
}

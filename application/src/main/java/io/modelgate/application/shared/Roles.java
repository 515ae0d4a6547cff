package io.modelgate.application.shared;

/** Role names as tokens carry them; the rules that use them live with their use cases. */
public final class Roles {

    public static final String REQUESTER = "requester";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}

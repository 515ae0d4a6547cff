package io.modelgate.domain.approval;

import java.util.EnumSet;
import java.util.Set;

/**
 * The reviews a usage request may need, each decided by holders of one role. This enum is the one
 * place that says which role may decide which review; {@code WhoMayReview} adds the four-eyes rule.
 */
public enum ReviewKind {
    /** Data-classification and hosting risk (情報セキュリティ). */
    SECURITY("security-reviewer"),
    /** License obligations and external or commercial use (法務). */
    LEGAL("legal-reviewer"),
    /** Cost against the department's budget (経理). */
    FINANCE("finance-reviewer");

    private final String role;

    ReviewKind(String role) {
        this.role = role;
    }

    /** The role claim a reviewer must hold to decide this kind of review. */
    public String role() {
        return role;
    }

    public boolean heldBy(Set<String> roles) {
        return roles.contains(role);
    }

    /** The kinds of review the holder of these roles may decide (on other people's requests). */
    public static Set<ReviewKind> decidableWith(Set<String> roles) {
        Set<ReviewKind> kinds = EnumSet.noneOf(ReviewKind.class);
        for (ReviewKind kind : values()) {
            if (kind.heldBy(roles)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}

package io.modelgate.domain.routing;

/**
 * Why a call cannot be routed, in the order the router filters the department's approvals. Each
 * candidate is eliminated by the first rule it breaks; when no candidate is left, the refusal names
 * the <em>latest</em> rule that eliminated one, the one that took the last candidates away: the most
 * specific answer to "which rule refused my call". So an approval that covers the data but not the
 * task beats one that is revoked, and a policy refusal beats both.
 */
public enum RefusalReason {
    /** The department has no approval at all. */
    NO_APPROVAL,
    /** The caller named a model the department has no approval for (checked before any other rule). */
    MODEL_NOT_APPROVED,
    /** Every approval left is revoked. */
    APPROVAL_REVOKED,
    /** Every approval left is suspended until a re-review passes. */
    APPROVAL_SUSPENDED,
    /** Every approval left has expired ({@link io.modelgate.domain.approval.Approval#refusalAt}). */
    APPROVAL_EXPIRED,
    /** No live approval covers data this sensitive: their highest classification is lower. */
    CLASSIFICATION_NOT_COVERED,
    /** No live approval covering the data covers the task category. */
    TASK_NOT_COVERED,
    /** The models of the approvals left are retired. */
    MODEL_RETIRED,
    /** The current classification policy forbids the deployments left for data of this level. */
    CLASSIFICATION_NOT_ALLOWED;

    /** A stable code such as {@code ROUTING.TASK_NOT_COVERED}, for problem types and the usage ledger. */
    public String code() {
        return "ROUTING." + name();
    }
}

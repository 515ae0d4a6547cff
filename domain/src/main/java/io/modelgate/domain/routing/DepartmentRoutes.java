package io.modelgate.domain.routing;

import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.Require;

import java.util.Set;

/**
 * Everything the gateway routes a department's calls by: the routing table of its unrevoked approvals,
 * and the models whose approvals were revoked, so that a refusal can say "revoked" instead of "never
 * approved" from the same snapshot. Revoked approvals are no routes: they never come back.
 */
public record DepartmentRoutes(RoutingTable table, Set<ModelId> revokedModels) {

    public DepartmentRoutes {
        Require.present(table, "table");
        revokedModels = Set.copyOf(Require.present(revokedModels, "revokedModels"));
    }

    /**
     * Routes one call by the table; a call refused for want of an approval, where the department had one for
     * it that was revoked, is refused as {@link RefusalReason#APPROVAL_REVOKED}.
     */
    public RoutingDecision route(RoutingRequest request) {
        RoutingDecision decision = table.route(request);
        if (decision instanceof RoutingDecision.Refused refused
                && (refused.reason() == RefusalReason.NO_APPROVAL || refused.reason() == RefusalReason.MODEL_NOT_APPROVED)
                && request.preferredModel().map(revokedModels::contains).orElse(!revokedModels.isEmpty())) {
            return new RoutingDecision.Refused(RefusalReason.APPROVAL_REVOKED,
                    "the department's approval for this use was revoked");
        }
        return decision;
    }
}

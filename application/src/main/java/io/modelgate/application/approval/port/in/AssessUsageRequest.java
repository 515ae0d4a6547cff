package io.modelgate.application.approval.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.approval.RequestEvaluation;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.cost.CostEstimate;
import io.modelgate.domain.money.Money;

import java.util.Optional;

/**
 * Use case: what the rules would say about a request now — the same evaluation a submission runs —
 * without changing anything. The requester sees it before submitting, a reviewer beside the request.
 */
public interface AssessUsageRequest {

    /** The request must be one the actor may see; any other is "not found". */
    Assessment assess(Actor actor, UsageRequestId id);

    /**
     * @param remainingBudget what the department has left this month; empty when it has no budget
     */
    record Assessment(RequestEvaluation evaluation, CostEstimate estimate, Optional<Money> remainingBudget) {
    }
}

package io.modelgate.application.testing;

import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.LedgerOutcome;
import io.modelgate.domain.ledger.RequestId;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * Ledger lines for tests, field by field as the ledger's columns are. A line with a model and no approval (the
 * ledger allows it, readers must cope) gets a made-up approval id, since a route always has one.
 */
public final class LedgerLines {

    private LedgerLines() {
    }

    public static UsageRecord line(String requestId, Instant at, DepartmentId department, String caller,
                                   Optional<ModelId> model, Optional<DeploymentKind> deployment,
                                   Optional<ApprovalId> approval, DataClassification classification, long inputTokens,
                                   long outputTokens, boolean usageReported, long costMicros, Currency currency,
                                   long latencyMillis, int attempts, String outcome) {
        Optional<UsageRecord.Route> route = model.map(m -> new UsageRecord.Route(m,
                deployment.orElse(DeploymentKind.VENDOR_API),
                approval.orElseGet(() -> new ApprovalId(new UUID(0, m.value().hashCode())))));
        return new UsageRecord(new RequestId(requestId), at, department, caller, route, classification,
                new TokenUsage(inputTokens, outputTokens, usageReported), costMicros, currency, latencyMillis, attempts,
                LedgerOutcome.parse(outcome));
    }
}

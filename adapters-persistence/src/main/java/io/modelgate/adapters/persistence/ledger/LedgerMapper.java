package io.modelgate.adapters.persistence.ledger;

import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.LedgerOutcome;
import io.modelgate.domain.ledger.RequestId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Optional;

/**
 * Translates between ledger rows and {@link UsageRecord}s; the only place that knows both. Instants
 * are written truncated to the microsecond, PostgreSQL's precision.
 */
final class LedgerMapper {

    private LedgerMapper() {
    }

    static UsageRecord toDomain(UsageRecordEntity e) {
        Optional<UsageRecord.Route> route = Optional.ofNullable(e.modelId).map(model -> new UsageRecord.Route(
                new ModelId(model), DeploymentKind.valueOf(e.deployment), new ApprovalId(e.approvalId)));
        return new UsageRecord(new RequestId(e.requestId), e.occurredAt, new DepartmentId(e.department), e.caller,
                route, DataClassification.valueOf(e.classification),
                new TokenUsage(e.inputTokens, e.outputTokens, e.usageReported), e.costMicros,
                Currency.getInstance(e.currency), e.latencyMillis, e.attempts, LedgerOutcome.parse(e.outcome));
    }

    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}

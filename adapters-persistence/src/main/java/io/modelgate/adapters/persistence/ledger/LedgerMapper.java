package io.modelgate.adapters.persistence.ledger;

import io.modelgate.application.gateway.port.out.UsageRecord;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;

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
        return new UsageRecord(e.requestId, e.occurredAt, new DepartmentId(e.department), e.caller,
                Optional.ofNullable(e.modelId).map(ModelId::new),
                Optional.ofNullable(e.deployment).map(DeploymentKind::valueOf),
                Optional.ofNullable(e.approvalId).map(ApprovalId::new),
                DataClassification.valueOf(e.classification), e.inputTokens, e.outputTokens, e.usageReported,
                e.costMicros, Currency.getInstance(e.currency), e.latencyMillis, e.attempts, e.outcome);
    }

    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}

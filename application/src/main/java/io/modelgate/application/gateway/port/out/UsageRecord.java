package io.modelgate.application.gateway.port.out;

import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * One line of the usage ledger: one gateway call, whatever its outcome. Refused calls have no model;
 * failed ones no tokens. Cost counts in millionths of the currency unit.
 *
 * @param outcome SUCCESS, PROVIDER_ERROR, CLIENT_ABORTED, or the refusal (REFUSED_…)
 */
public record UsageRecord(String requestId, Instant at, DepartmentId department, String caller,
                          Optional<ModelId> model, Optional<DeploymentKind> deployment, Optional<ApprovalId> approval,
                          DataClassification classification, long inputTokens, long outputTokens,
                          boolean usageReported, long costMicros, Currency currency, long latencyMillis,
                          int attempts, String outcome) {

    public UsageRecord {
        Require.text(requestId, "requestId", 100);
        Require.present(at, "at");
        Require.present(department, "department");
        Require.text(caller, "caller", 255);
        Require.present(model, "model");
        Require.present(deployment, "deployment");
        Require.present(approval, "approval");
        Require.present(classification, "classification");
        Require.nonNegative(inputTokens, "inputTokens");
        Require.nonNegative(outputTokens, "outputTokens");
        Require.nonNegative(costMicros, "costMicros");
        Require.present(currency, "currency");
        Require.nonNegative(latencyMillis, "latencyMillis");
        Require.nonNegative(attempts, "attempts");
        Require.text(outcome, "outcome", 40);
    }
}

package io.modelgate.application.gateway.port.out;

import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.RequestId;
import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;

/**
 * The write-ahead record of one call attempt: what was reserved for it, against which budget, for
 * which model, written together with the reservation before the provider is asked. It lets a crashed
 * instance's calls be found and settled ({@code InterruptedCalls}).
 *
 * @param reservationId one per attempt (a fallback attempt reserves again under a new id)
 */
public record InFlightCall(String reservationId, RequestId requestId, DepartmentId department, YearMonth month,
                           long reservedMicros, Currency currency, String caller, ModelId model,
                           DeploymentKind deployment, ApprovalId approval, DataClassification classification,
                           Instant startedAt) {

    public InFlightCall {
        Require.text(reservationId, "reservationId", 36);
        Require.present(requestId, "requestId");
        Require.present(department, "department");
        Require.present(month, "month");
        Require.nonNegative(reservedMicros, "reservedMicros");
        Require.present(currency, "currency");
        Require.text(caller, "caller", 255);
        Require.present(model, "model");
        Require.present(deployment, "deployment");
        Require.present(approval, "approval");
        Require.present(classification, "classification");
        Require.present(startedAt, "startedAt");
    }

    public UsageRecord.Route route() {
        return new UsageRecord.Route(model, deployment, approval);
    }
}

package io.modelgate.application.gateway.port.out;

import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.gateway.port.in.SpendLine;
import io.modelgate.application.gateway.port.in.UsageQuery;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.department.DepartmentId;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Out-port: the usage ledger, one record per gateway call, written idempotently by request id. */
public interface UsageLedger {

    /** Stores the record unless one with the same request id exists; true when this call stored it. */
    boolean record(UsageRecord record);

    Page<UsageRecord> search(UsageQuery query, PageRequest page);

    /**
     * Successful spend per department, model and month (months in {@code zone}); optional filters. Spend is
     * what budgets were charged for: calls the provider answered ({@code SUCCESS}, {@code CLIENT_ABORTED}),
     * whatever they cost, and any other call with a cost; never a call without a model. Lines are ordered by
     * department, model and month.
     */
    List<SpendLine> spend(Optional<DepartmentId> department, Optional<YearMonth> month, ZoneId zone);
}

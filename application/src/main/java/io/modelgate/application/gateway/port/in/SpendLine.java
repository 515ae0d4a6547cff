package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;

import java.time.YearMonth;
import java.util.Currency;

/** Spend of one department on one model in one month, summed from the ledger. */
public record SpendLine(DepartmentId department, ModelId model, YearMonth month, long calls, long inputTokens,
                        long outputTokens, long costMicros, Currency currency) {
}

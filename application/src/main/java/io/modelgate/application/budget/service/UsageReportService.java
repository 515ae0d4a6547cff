package io.modelgate.application.budget.service;

import io.modelgate.application.budget.port.in.ReadUsage;
import io.modelgate.application.budget.port.in.ReportSpend;
import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.gateway.port.in.UsageQuery;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.department.DepartmentId;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/** Reading the usage ledger and the spend report; for admins, finance reviewers and auditors. */
public final class UsageReportService implements ReadUsage, ReportSpend {

    private final UsageLedger ledger;
    private final Transactions transactions;
    private final ZoneId budgetZone;

    /** @param budgetZone whose calendar the report's months follow, the budgets' */
    public UsageReportService(UsageLedger ledger, Transactions transactions, ZoneId budgetZone) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.budgetZone = budgetZone;
    }

    @Override
    public Page<UsageRecord> search(Actor actor, UsageQuery query, PageRequest page) {
        BudgetAccess.requireLedgerReader(actor);
        return transactions.inTransaction(() -> ledger.search(query, page));
    }

    @Override
    public SpendReport report(Actor actor, Optional<DepartmentId> department, Optional<YearMonth> month) {
        BudgetAccess.requireLedgerReader(actor);
        return transactions.inTransaction(() -> new SpendReport(budgetZone, department, month,
                ledger.spend(department, month, budgetZone)));
    }
}

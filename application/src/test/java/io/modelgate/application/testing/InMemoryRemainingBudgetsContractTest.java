package io.modelgate.application.testing;

import io.modelgate.application.approval.port.out.RemainingBudgets;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;

import java.time.YearMonth;

class InMemoryRemainingBudgetsContractTest extends RemainingBudgetsContract {

    private final InMemoryRemainingBudgets budgets = new InMemoryRemainingBudgets();
    private final DirectTransactions transactions = new DirectTransactions();

    @Override
    protected RemainingBudgets remainingBudgets() {
        return budgets;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected void budget(DepartmentId department, YearMonth month, String currency, long amountMinor,
                          long spentMinor, long reservedMinor) {
        budgets.budget(department, month, Money.ofMinor(amountMinor, currency), Money.ofMinor(spentMinor, currency),
                Money.ofMinor(reservedMinor, currency));
    }
}

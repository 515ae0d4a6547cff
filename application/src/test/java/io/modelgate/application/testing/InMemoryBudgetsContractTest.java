package io.modelgate.application.testing;

import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.shared.Transactions;

class InMemoryBudgetsContractTest extends BudgetsContract {

    private final InMemoryBudgets budgets = new InMemoryBudgets();
    private final DirectTransactions transactions = new DirectTransactions();

    @Override
    protected Budgets budgets() {
        return budgets;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

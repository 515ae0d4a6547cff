package io.modelgate.application.testing;

import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.shared.Transactions;

class InMemoryBudgetsContractTest extends BudgetsContract {

    private final InMemoryBudgets budgets = new InMemoryBudgets();
    private final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    private final InMemoryCallReservations reservations = new InMemoryCallReservations(budgets, ledger);
    private final InMemorySettlements settlements = new InMemorySettlements(budgets, reservations, ledger,
            new InMemoryAuditTrail());
    private final DirectTransactions transactions = new DirectTransactions();

    @Override
    protected Budgets budgets() {
        return budgets;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected CallReservations reservations() {
        return reservations;
    }

    @Override
    protected void settle(Settlement settlement) {
        settlements.submit(settlement);
    }
}

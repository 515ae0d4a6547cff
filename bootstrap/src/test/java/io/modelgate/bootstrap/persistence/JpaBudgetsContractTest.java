package io.modelgate.bootstrap.persistence;

import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.testing.BudgetsContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The same contract as the in-memory fake, on PostgreSQL: here the 200 simultaneous reservations
 * race for one row on real connections, each in its own transaction.
 */
@QuarkusTest
class JpaBudgetsContractTest extends BudgetsContract {

    @Inject
    Budgets budgets;
    @Inject
    Transactions transactions;

    @Override
    protected Budgets budgets() {
        return budgets;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

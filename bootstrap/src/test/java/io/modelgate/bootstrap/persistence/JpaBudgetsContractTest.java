package io.modelgate.bootstrap.persistence;

import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.testing.BudgetsContract;
import io.quarkus.test.junit.QuarkusTest;
import io.modelgate.adapters.persistence.settlement.jdbc.SettlementBatch;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.Settlement;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;

/**
 * The same contract as the in-memory fakes, on PostgreSQL and the statements production runs
 * ({@code JdbcCallReservations} with its group commit, {@code SettlementBatch}): here the 200 simultaneous
 * reservations race for one row on real connections.
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

    @Inject
    CallReservations reservations;
    @Inject
    DataSource dataSource;

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected CallReservations reservations() {
        return reservations;
    }

    /** The settlement writer's own statements, one settlement per transaction. */
    @Override
    protected void settle(Settlement settlement) {
        try {
            new SettlementBatch(dataSource).commit(List.of(settlement));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.modelgate.bootstrap.persistence;

import io.modelgate.application.approval.port.out.RemainingBudgets;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.testing.RemainingBudgetsContract;
import io.modelgate.domain.department.DepartmentId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.YearMonth;

/**
 * The same contract as the in-memory fake, on PostgreSQL. Budget rows are written with plain SQL:
 * the budget adapter, not this one, owns writing them.
 */
@QuarkusTest
class JpaRemainingBudgetsContractTest extends RemainingBudgetsContract {

    @Inject
    RemainingBudgets remainingBudgets;
    @Inject
    Transactions transactions;
    @Inject
    EntityManager em;

    @Override
    protected RemainingBudgets remainingBudgets() {
        return remainingBudgets;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected void budget(DepartmentId department, YearMonth month, String currency, long amountMinor,
                          long spentMinor, long reservedMinor) {
        long hardLimit = Math.max(amountMinor, spentMinor + reservedMinor);
        long microsPerMinor = java.math.BigInteger.TEN
                .pow(6 - java.util.Currency.getInstance(currency).getDefaultFractionDigits()).longValueExact();
        transactions.inTransaction(() -> em.createNativeQuery("insert into department_budget (department, month,"
                        + " currency, amount_minor, soft_alert_percent, hard_limit_minor, hard_limit_micros,"
                        + " spent_micros, reserved_micros) values (:department, :month, :currency, :amount, 80,"
                        + " :hardLimit, :hardLimitMicros, :spent, :reserved)")
                .setParameter("department", department.value())
                .setParameter("month", month.toString())
                .setParameter("currency", currency)
                .setParameter("amount", amountMinor)
                .setParameter("hardLimit", hardLimit)
                .setParameter("hardLimitMicros", hardLimit * microsPerMinor)
                .setParameter("spent", spentMinor * microsPerMinor)
                .setParameter("reserved", reservedMinor * microsPerMinor)
                .executeUpdate());
    }
}

package io.modelgate.adapters.persistence.budget;

import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.shared.StateConflictException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@link Budgets} on PostgreSQL: the settings. Every write is one conditional SQL statement whose WHERE clause
 * carries the rule, and the row count says whether it held; nothing is read, changed in Java and written back.
 * The counters are moved by the gateway's statements alone ({@code JdbcCallReservations},
 * {@code SettlementBatch}), under the table's invariant (spent + reserved ≤ hard limit, also a CHECK).
 *
 * <p>Rows are read through {@link BudgetEntity} and detached at once: the counters change under
 * concurrent statements, so a managed copy would be stale within the transaction, and a flush of one
 * would write stale counters back. Changing the settings is a statement too, conditional on the version
 * (optimistic locking by hand, as the entity is never flushed); the counters do not move the version,
 * so a busy gateway never makes an admin's {@code If-Match} fail.
 */
@ApplicationScoped
public class JpaBudgets implements Budgets, PanacheRepositoryBase<BudgetEntity, BudgetEntity.Key> {

    private static final String ENTITY = "budget";

    @Override
    public Optional<Budget> find(DepartmentId department, YearMonth month) {
        return load(department, month).map(BudgetMapper::toDomain);
    }

    @Override
    public List<Budget> ofDepartment(DepartmentId department) {
        List<BudgetEntity> rows = list("department", Sort.by("month"), department.value());
        rows.forEach(getEntityManager()::detach);
        return rows.stream().map(BudgetMapper::toDomain).toList();
    }

    @Override
    public Budget save(Budget budget) {
        DepartmentId department = budget.department();
        YearMonth month = budget.month();
        if (changeSettings(budget) == 1) {
            return load(department, month).map(BudgetMapper::toDomain).orElseThrow();
        }
        Optional<BudgetEntity> current = load(department, month);
        if (current.isEmpty()) {
            if (budget.version() != 0 || create(budget) == 0) {
                throw StaleVersionException.concurrent(ENTITY, department + "/" + month);
            }
            return load(department, month).map(BudgetMapper::toDomain).orElseThrow();
        }
        // Why did the conditional update not apply? Tell the caller the rule it broke.
        BudgetEntity row = current.get();
        long used = row.spentMicros + row.reservedMicros;
        if (row.version != budget.version()) {
            throw StaleVersionException.concurrent(ENTITY, department + "/" + month);
        }
        if (used > budget.hardLimitMicros()) {
            throw new InvalidValueException("hardLimit", "is below what " + department + " has already spent and "
                    + "reserved in " + month + " (" + exact(used, row.currency) + "); it must be at least that");
        }
        if (!row.currency.equals(budget.amount().currency().getCurrencyCode()) && used > 0) {
            throw new InvalidValueException("amount.currency", "cannot change from " + row.currency + " once "
                    + department + " has spent or reserved money in " + month);
        }
        // The counters moved between the update and this read; the caller may simply try again.
        throw StaleVersionException.concurrent(ENTITY, department + "/" + month);
    }

    /** Changes amount, threshold and hard limit if the version matches and the new limit covers what is used. */
    private int changeSettings(Budget budget) {
        // The soft alert is forgotten when the new threshold lies above what is spent, so that it fires
        // again when spending crosses the new one.
        return statement("UPDATE department_budget SET currency = :currency, amount_minor = :amount,"
                + " soft_alert_percent = :percent, hard_limit_minor = :hardLimit, hard_limit_micros = :hardLimitMicros,"
                + " soft_alerted_at = CASE WHEN spent_micros = 0 OR CAST(spent_micros AS numeric) * 100"
                + " < CAST(:amountMicros AS numeric) * :percent THEN NULL ELSE soft_alerted_at END,"
                + " version = version + 1"
                + " WHERE department = :department AND month = :month AND version = :version"
                + " AND spent_micros + reserved_micros <= :hardLimitMicros"
                + " AND (currency = :currency OR spent_micros + reserved_micros = 0)",
                budget.department(), budget.month())
                .setParameter("currency", budget.amount().currency().getCurrencyCode())
                .setParameter("amount", budget.amount().minorUnits())
                .setParameter("amountMicros", budget.amountMicros())
                .setParameter("percent", budget.softAlertPercent())
                .setParameter("hardLimit", budget.hardLimit().minorUnits())
                .setParameter("hardLimitMicros", budget.hardLimitMicros())
                .setParameter("version", budget.version())
                .executeUpdate();
    }

    /** Creates the month's budget with nothing spent or reserved; 0 when another writer created it first. */
    private int create(Budget budget) {
        return statement("INSERT INTO department_budget (department, month, currency, amount_minor,"
                + " soft_alert_percent, hard_limit_minor, hard_limit_micros, spent_micros, reserved_micros,"
                + " soft_alerted_at, version) VALUES (:department, :month, :currency, :amount, :percent, :hardLimit,"
                + " :hardLimitMicros, 0, 0, NULL, 0) ON CONFLICT (department, month) DO NOTHING",
                budget.department(), budget.month())
                .setParameter("currency", budget.amount().currency().getCurrencyCode())
                .setParameter("amount", budget.amount().minorUnits())
                .setParameter("percent", budget.softAlertPercent())
                .setParameter("hardLimit", budget.hardLimit().minorUnits())
                .setParameter("hardLimitMicros", budget.hardLimitMicros())
                .executeUpdate();
    }

    private Query statement(String sql, DepartmentId department, YearMonth month) {
        return getEntityManager().createNativeQuery(sql)
                .setParameter("department", department.value())
                .setParameter("month", month.toString());
    }

    /** The row as stored now, detached so that the next read sees the database again. */
    private Optional<BudgetEntity> load(DepartmentId department, YearMonth month) {
        BudgetEntity row = findById(BudgetMapper.key(department, month));
        if (row != null) {
            getEntityManager().detach(row);
        }
        return Optional.ofNullable(row);
    }

    private static String exact(long micros, String currency) {
        return BigDecimal.valueOf(micros, 6).toPlainString() + " " + currency;
    }
}

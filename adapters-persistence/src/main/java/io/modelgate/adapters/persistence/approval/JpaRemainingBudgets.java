package io.modelgate.adapters.persistence.approval;

import io.modelgate.application.approval.port.out.RemainingBudgets;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.YearMonth;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * {@link RemainingBudgets} on PostgreSQL: reads a row of {@code department_budget} (month as
 * {@code yyyy-MM}) with a native query, so that the budget adapter remains the one that maps the table.
 * What remains is the amount minus what was spent and what is reserved for calls in flight, never below
 * zero: spending up to the hard limit may pass the amount, and "nothing left" is what the rules need.
 */
@ApplicationScoped
public class JpaRemainingBudgets implements RemainingBudgets {

    @Inject
    EntityManager em;

    @Override
    public Optional<Money> remaining(DepartmentId department, YearMonth month) {
        List<?> rows = em.createNativeQuery("select cast(currency as varchar(3)), amount_minor, spent_micros,"
                        + " reserved_micros from department_budget where department = :department and month = :month")
                .setParameter("department", department.value())
                .setParameter("month", month.toString())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        long amount = ((Number) row[1]).longValue();
        long usedMicros = ((Number) row[2]).longValue() + ((Number) row[3]).longValue();
        Currency currency = Currency.getInstance(row[0].toString());
        // Spent and reserved count in millionths of the currency unit; a started minor unit counts as used.
        long microsPerMinor = BigInteger.TEN.pow(6 - currency.getDefaultFractionDigits()).longValueExact();
        long usedMinor = Math.floorDiv(usedMicros + microsPerMinor - 1, microsPerMinor);
        return Optional.of(new Money(Math.max(0, amount - usedMinor), currency));
    }
}

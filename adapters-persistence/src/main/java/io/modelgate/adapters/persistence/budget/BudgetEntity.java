package io.modelgate.adapters.persistence.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Row of {@code department_budget}: one department's budget for one month ({@code yyyy-MM}). Read
 * through this entity, written only by {@link JpaBudgets}' conditional statements, never by a flush:
 * the counters change under concurrent gateway calls, and a flush would write back stale ones.
 */
@Entity
@Table(name = "department_budget")
@IdClass(BudgetEntity.Key.class)
public class BudgetEntity {

    @Id
    public String department;
    @Id
    public String month;
    public String currency;
    @Column(name = "amount_minor")
    public long amountMinor;
    @Column(name = "soft_alert_percent")
    public int softAlertPercent;
    @Column(name = "hard_limit_minor")
    public long hardLimitMinor;
    @Column(name = "hard_limit_micros")
    public long hardLimitMicros;
    @Column(name = "spent_micros")
    public long spentMicros;
    @Column(name = "reserved_micros")
    public long reservedMicros;
    @Column(name = "soft_alerted_at")
    public Instant softAlertedAt;

    @Version
    public long version;

    /** The primary key: department and month. */
    public static class Key implements Serializable {

        public String department;
        public String month;

        public Key() {
        }

        public Key(String department, String month) {
            this.department = department;
            this.month = month;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(department, k.department) && Objects.equals(month, k.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(department, month);
        }
    }
}

package io.modelgate.bootstrap.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;

/** Sets a department's budget for the current month straight in the table (the budget API comes later). */
public final class Budgets {

    private Budgets() {
    }

    public static void set(DataSource dataSource, String department, long amountYen) {
        String month = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("INSERT INTO department_budget (department, month, currency, "
                     + "amount_minor, soft_alert_percent, hard_limit_minor, hard_limit_micros, spent_micros, "
                     + "reserved_micros, version) VALUES (?, ?, 'JPY', ?, 80, ?, ?, 0, 0, 0) "
                     + "ON CONFLICT (department, month) DO UPDATE SET amount_minor = EXCLUDED.amount_minor, "
                     + "hard_limit_minor = EXCLUDED.hard_limit_minor, hard_limit_micros = EXCLUDED.hard_limit_micros")) {
            p.setString(1, department);
            p.setString(2, month);
            p.setLong(3, amountYen);
            p.setLong(4, amountYen);
            p.setLong(5, amountYen * 1_000_000);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A budget whose hard limit is given in micro-yen, for races against a limit that pays for a few calls. */
    public static void setMicros(DataSource dataSource, String department, long hardLimitMicros) {
        String month = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
        long yen = (hardLimitMicros + 999_999) / 1_000_000;
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("INSERT INTO department_budget (department, month, currency, "
                     + "amount_minor, soft_alert_percent, hard_limit_minor, hard_limit_micros, spent_micros, "
                     + "reserved_micros, version) VALUES (?, ?, 'JPY', ?, 80, ?, ?, 0, 0, 0)")) {
            p.setString(1, department);
            p.setString(2, month);
            p.setLong(3, yen);
            p.setLong(4, yen);
            p.setLong(5, hardLimitMicros);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.modelgate.bootstrap.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Reads budget counters and ledger rows straight from PostgreSQL. Settlement may happen after the
 * answer (asynchronously), so the {@code await…} methods poll up to a deadline instead of reading once.
 */
public final class Accounts {

    private Accounts() {
    }

    public record Counters(long spent, long reserved, long hardLimit) {
    }

    public record LedgerRow(String requestId, String modelId, String outcome, long inputTokens, long outputTokens,
                            long costMicros, String classification) {
    }

    public static Counters counters(DataSource dataSource, String department) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT spent_micros, reserved_micros, hard_limit_micros FROM "
                     + "department_budget WHERE department = ? AND month = ?")) {
            p.setString(1, department);
            p.setString(2, YearMonth.now(ZoneId.of("Asia/Tokyo")).toString());
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no budget row for " + department);
                }
                return new Counters(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<LedgerRow> ledger(DataSource dataSource, String department) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT request_id, model_id, outcome, input_tokens, output_tokens, "
                     + "cost_micros, classification FROM usage_record WHERE department = ? ORDER BY request_id")) {
            p.setString(1, department);
            try (ResultSet r = p.executeQuery()) {
                List<LedgerRow> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new LedgerRow(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5),
                            r.getLong(6), r.getString(7)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Optional<LedgerRow> ledgerRow(DataSource dataSource, String department, String requestId) {
        return ledger(dataSource, department).stream().filter(row -> row.requestId().equals(requestId)).findFirst();
    }

    /** Polls every 20 ms until the condition holds or the deadline passes; returns the last value read. */
    public static <T> T await(Supplier<T> read, Predicate<T> done, long timeoutMillis) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            Awaitility.await().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofMillis(timeoutMillis))
                    .until(() -> {
                        last.set(read.get());
                        return done.test(last.get());
                    });
        } catch (ConditionTimeoutException e) {
            // the caller asserts on the last value read, which says more than a timeout
        }
        return last.get() != null ? last.get() : read.get();
    }
}

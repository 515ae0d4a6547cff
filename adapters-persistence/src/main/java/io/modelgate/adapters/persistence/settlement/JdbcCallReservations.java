package io.modelgate.adapters.persistence.settlement;

import io.modelgate.adapters.persistence.shared.StoreFailures;
import io.modelgate.adapters.persistence.shared.StoreHealth;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.shared.Require;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@link CallReservations} on PostgreSQL through plain JDBC. The CTE reserves on the budget row (the same
 * conditional update as {@code JpaBudgets.reserve}) and inserts the in-flight row only from the row the
 * update returned: both or neither.
 *
 * <p><b>Group commit.</b> A caller alone opens its reservation with one statement in auto-commit: one
 * round trip. Callers that arrive while another's statement is running queue up; the next one to get the
 * turn opens all queued reservations in one transaction (one batch, one commit) and hands each caller its
 * own answer. Each reservation is still decided on its own, in queue order sorted by budget (so that two
 * instances lock budget rows in the same order), and every caller returns only once its row is committed:
 * no call reaches a provider before its write-ahead row exists. Under load this turns one commit per call
 * into one per batch.
 */
@ApplicationScoped
public class JdbcCallReservations implements CallReservations {

    static final String OPEN = "WITH reserved AS (UPDATE department_budget SET reserved_micros = reserved_micros + ?"
            + " WHERE department = ? AND month = ? AND reserved_micros <= hard_limit_micros - spent_micros - ?"
            + " RETURNING department) INSERT INTO call_reservation (reservation_id, request_id, department, month,"
            + " reserved_micros, currency, caller, model_id, deployment, approval_id, classification, instance_id,"
            + " started_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM reserved";
    static final String RELEASE = "WITH closed AS (DELETE FROM call_reservation WHERE reservation_id = ?"
            + " RETURNING department, month, reserved_micros) UPDATE department_budget b"
            + " SET reserved_micros = b.reserved_micros - c.reserved_micros FROM closed c"
            + " WHERE b.department = c.department AND b.month = c.month";
    // An instance counts as dead when its heartbeat is older than the silence, or when it never wrote one.
    static final String ABANDONED = "SELECT r.reservation_id, r.request_id, r.department, r.month, r.reserved_micros,"
            + " r.currency, r.caller, r.model_id, r.deployment, r.approval_id, r.classification, r.started_at"
            + " FROM call_reservation r LEFT JOIN gateway_instance i ON i.instance_id = r.instance_id"
            + " WHERE r.instance_id <> ? AND ((r.instance_id = ? AND ?) OR (r.instance_id IS DISTINCT FROM ?"
            + " AND (i.instance_id IS NULL OR i.heartbeat_at < now() - make_interval(secs => ?))))"
            + " ORDER BY r.started_at LIMIT ?";

    @Inject
    DataSource dataSource;

    @Inject
    GatewayInstance instance;

    @Inject
    StoreHealth health;

    static final int MAX_BATCH = 64;

    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final Object turn = new Object();

    @Override
    public boolean open(InFlightCall call) {
        health.requireReachable();
        Pending mine = new Pending(call);
        pending.add(mine);
        synchronized (turn) {
            while (!mine.done) {
                openQueued();
            }
        }
        if (mine.failure instanceof SQLException e) {
            throw failure(e, "open a reservation");
        }
        if (mine.failure != null) {
            if (StoreFailures.unavailable(mine.failure)) {
                health.suspect();
                throw StoreFailures.unavailableException(mine.failure);
            }
            throw new IllegalStateException("cannot open a reservation", mine.failure);
        }
        return mine.opened;
    }

    /** Opens what is queued (at most a batch): alone in auto-commit, several in one transaction. */
    private void openQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = pending.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        batch.sort(BY_BUDGET);
        try {
            for (int attempt = 1; ; attempt++) {
                try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(OPEN)) {
                    if (batch.size() == 1) {
                        bind(p, batch.get(0).call);
                        batch.get(0).opened = p.executeUpdate() == 1;
                    } else {
                        openTogether(c, p, batch);
                    }
                    return;
                } catch (SQLException e) {
                    // a deadlock with a settlement batch rolled everything back: the same batch may go again
                    if (!StoreFailures.transientConflict(e) || attempt == 3) {
                        throw e;
                    }
                }
            }
        } catch (SQLException | RuntimeException | AssertionError e) {
            // with assertions on, pgjdbc fails executeBatch on a connection that closed under it with an AssertionError
            batch.forEach(each -> each.failure = e);
        } finally {
            batch.forEach(each -> each.done = true);
        }
    }

    private void openTogether(Connection c, PreparedStatement p, List<Pending> batch) throws SQLException {
        int[] counts = LocalTransaction.run(c, connection -> {
            for (Pending each : batch) {
                bind(p, each.call);
                p.addBatch();
            }
            return p.executeBatch();
        });
        for (int i = 0; i < batch.size(); i++) {
            // an update that found no room inserts nothing: 0 rows, that call is refused
            batch.get(i).opened = counts[i] == 1 || counts[i] == Statement.SUCCESS_NO_INFO;
        }
    }

    private void bind(PreparedStatement p, InFlightCall call) throws SQLException {
        p.setLong(1, call.reservedMicros());
        p.setString(2, call.department().value());
        p.setString(3, call.month().toString());
        p.setLong(4, call.reservedMicros());
        p.setObject(5, UUID.fromString(call.reservationId()));
        p.setString(6, call.requestId());
        p.setString(7, call.department().value());
        p.setString(8, call.month().toString());
        p.setLong(9, call.reservedMicros());
        p.setString(10, call.currency().getCurrencyCode());
        p.setString(11, call.caller());
        p.setString(12, call.model().value());
        p.setString(13, call.deployment().name());
        p.setObject(14, call.approval().value());
        p.setString(15, call.classification().name());
        p.setObject(16, instance.id());
        p.setObject(17, OffsetDateTime.ofInstant(call.startedAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    private static final Comparator<Pending> BY_BUDGET = Comparator
            .comparing((Pending each) -> each.call.department().value())
            .thenComparing(each -> each.call.month());

    /** A caller's reservation in the queue; written by whoever opens it, read by the caller after its turn. */
    private static final class Pending {
        final InFlightCall call;
        volatile boolean done;
        boolean opened;
        Throwable failure;

        Pending(InFlightCall call) {
            this.call = call;
        }
    }

    @Override
    public boolean release(String reservationId) {
        health.requireReachable();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(RELEASE)) {
            p.setObject(1, UUID.fromString(reservationId));
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure(e, "release a reservation");
        }
    }

    @Override
    public List<InFlightCall> abandoned(Duration silence, Optional<String> predecessor, boolean predecessorReplayed,
                                        int limit) {
        Require.positive(limit, "limit");
        UUID previous = predecessor.map(UUID::fromString).orElse(null);
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(ABANDONED)) {
            p.setObject(1, instance.id());
            p.setObject(2, previous, java.sql.Types.OTHER);
            p.setBoolean(3, predecessorReplayed);
            p.setObject(4, previous, java.sql.Types.OTHER);
            p.setDouble(5, silence.toMillis() / 1000.0);
            p.setInt(6, limit);
            List<InFlightCall> calls = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    calls.add(new InFlightCall(r.getObject(1, UUID.class).toString(), r.getString(2),
                            new DepartmentId(r.getString(3)), YearMonth.parse(r.getString(4).trim()), r.getLong(5),
                            Currency.getInstance(r.getString(6).trim()), r.getString(7), new ModelId(r.getString(8)),
                            DeploymentKind.valueOf(r.getString(9)), new ApprovalId(r.getObject(10, UUID.class)),
                            DataClassification.valueOf(r.getString(11)),
                            r.getObject(12, OffsetDateTime.class).toInstant()));
                }
            }
            return calls;
        } catch (SQLException e) {
            throw failure(e, "find interrupted calls");
        }
    }

    private RuntimeException failure(SQLException e, String what) {
        if (StoreFailures.unavailable(e)) {
            health.suspect();
            return StoreFailures.unavailableException(e);
        }
        return new IllegalStateException("cannot " + what + " (SQLState " + e.getSQLState() + ")", e);
    }
}

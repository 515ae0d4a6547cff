package io.modelgate.adapters.persistence.settlement.jdbc;

import io.modelgate.adapters.persistence.settlement.GatewayInstance;
import io.modelgate.adapters.persistence.shared.ConflictBackoff;
import io.modelgate.adapters.persistence.shared.StoreFailures;
import io.modelgate.adapters.persistence.shared.StoreHealth;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.RequestId;
import io.modelgate.domain.shared.Require;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * {@link CallReservations} on PostgreSQL through plain JDBC: one statement, the database function
 * {@code open_call_reservations} (migration V8), claims each call's request id, reserves its maximum on the
 * budget row by {@code BudgetState}'s rule and writes its in-flight row — all or none — and answers why when
 * it refuses. {@code BudgetSpecificationAgainstPostgresTest} holds it to {@code BudgetState}.
 *
 * <p><b>Group commit.</b> A caller alone opens its reservation with that statement in auto-commit: one round
 * trip. Callers that arrive while another's statement is running queue up; the next one to get the turn opens
 * all queued reservations with the same statement (arrays of calls: one round trip, one commit) and hands each
 * caller its own answer. Each reservation is still decided on its own, in queue order sorted by budget (so that
 * two instances lock budget rows in the same order), and every caller returns only once its row is committed:
 * no call reaches a provider before its write-ahead row exists.
 */
@ApplicationScoped
public class JdbcCallReservations implements CallReservations {

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
    public Opened open(InFlightCall call) {
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

    /** Opens what is queued (at most a batch) with one statement in auto-commit: one round trip, one commit. */
    private void openQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = pending.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        // the same order on every instance, so that two batches lock budget rows in the same order
        batch.sort(BY_BUDGET);
        try {
            for (int attempt = 1; ; attempt++) {
                try (Connection c = dataSource.getConnection()) {
                    List<Opened> opened = ReservationStatement.open(c, instance.id(),
                            batch.stream().map(each -> each.call).toList());
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).opened = opened.get(i);
                    }
                    return;
                } catch (SQLException e) {
                    // a deadlock with a settlement batch rolled the statement back: the same batch may go again
                    if (!StoreFailures.transientConflict(e) || attempt == 3) {
                        throw e;
                    }
                    pause(ConflictBackoff.millis(attempt, 50));
                }
            }
        } catch (SQLException | RuntimeException | AssertionError e) {
            // with assertions on, pgjdbc fails a statement on a connection that closed under it with an AssertionError
            batch.forEach(each -> each.failure = e);
        } finally {
            batch.forEach(each -> each.done = true);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final Comparator<Pending> BY_BUDGET = Comparator
            .comparing((Pending each) -> each.call.department().value())
            .thenComparing(each -> each.call.month());

    /** A caller's reservation in the queue; written by whoever opens it, read by the caller after its turn. */
    private static final class Pending {
        final InFlightCall call;
        volatile boolean done;
        Opened opened;
        Throwable failure;

        Pending(InFlightCall call) {
            this.call = call;
        }
    }

    @Override
    public boolean release(String reservationId) {
        health.requireReachable();
        try (Connection c = dataSource.getConnection()) {
            return ReservationStatement.release(c, reservationId);
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
                    calls.add(new InFlightCall(r.getObject(1, UUID.class).toString(), new RequestId(r.getString(2)),
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

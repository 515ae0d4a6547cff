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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link CallReservations} on PostgreSQL through plain JDBC, so that opening a reservation is one
 * statement in auto-commit: one round trip on the gateway's hot path. The CTE reserves on the budget
 * row (the same conditional update as {@code JpaBudgets.reserve}) and inserts the in-flight row only
 * from the row the update returned: both or neither.
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

    @Override
    public boolean open(InFlightCall call) {
        health.requireReachable();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(OPEN)) {
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
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure(e, "open a reservation");
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

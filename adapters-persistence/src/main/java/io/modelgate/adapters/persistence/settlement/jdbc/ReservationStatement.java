package io.modelgate.adapters.persistence.settlement.jdbc;

import io.modelgate.application.gateway.port.out.CallReservations.Opened;
import io.modelgate.application.gateway.port.out.InFlightCall;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statements that open and release reservations — {@code BudgetState.reserve} and {@code release} as SQL —
 * for {@link JdbcCallReservations} and for the test that holds them to {@code BudgetState}.
 */
public final class ReservationStatement {

    /** One statement for one call or a group of them: migration V8's {@code open_call_reservations}. */
    static final String OPEN = "SELECT * FROM open_call_reservations(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Removes the row and gives its amount back, in one statement; nothing when it was closed already. */
    static final String RELEASE = "WITH closed AS (DELETE FROM call_reservation WHERE reservation_id = ?"
            + " RETURNING department, month, reserved_micros) UPDATE department_budget b"
            + " SET reserved_micros = b.reserved_micros - c.reserved_micros FROM closed c"
            + " WHERE b.department = c.department AND b.month = c.month";

    private static final String[] TYPES = {"uuid", "varchar", "varchar", "varchar", "int8", "varchar", "varchar",
            "varchar", "varchar", "uuid", "varchar", "timestamptz"};

    private ReservationStatement() {
    }

    /** Opens the calls in the order given, in one statement (auto-commit: one commit); one answer per call. */
    public static List<Opened> open(Connection c, UUID instance, List<InFlightCall> calls) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(OPEN)) {
            bind(c, p, instance, calls);
            List<Opened> opened = new ArrayList<>(calls.size());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    opened.add(Opened.valueOf(r.getString(1)));
                }
            }
            if (opened.size() != calls.size()) {
                throw new SQLException("open_call_reservations answered " + opened.size() + " rows for "
                        + calls.size() + " calls");
            }
            return opened;
        }
    }

    /** True when the reservation was open and is given back now. */
    public static boolean release(Connection c, String reservationId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(RELEASE)) {
            p.setObject(1, UUID.fromString(reservationId));
            return p.executeUpdate() == 1;
        }
    }

    private static void bind(Connection c, PreparedStatement p, UUID instance, List<InFlightCall> calls)
            throws SQLException {
        int n = calls.size();
        Object[][] columns = new Object[TYPES.length][n];
        for (int i = 0; i < n; i++) {
            InFlightCall call = calls.get(i);
            columns[0][i] = UUID.fromString(call.reservationId());
            columns[1][i] = call.requestId().value();
            columns[2][i] = call.department().value();
            columns[3][i] = call.month().toString();
            columns[4][i] = call.reservedMicros();
            columns[5][i] = call.currency().getCurrencyCode();
            columns[6][i] = call.caller();
            columns[7][i] = call.model().value();
            columns[8][i] = call.deployment().name();
            columns[9][i] = call.approval().value();
            columns[10][i] = call.classification().name();
            columns[11][i] = OffsetDateTime.ofInstant(call.startedAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        }
        for (int column = 0; column < 11; column++) {
            p.setArray(column + 1, c.createArrayOf(TYPES[column], columns[column]));
        }
        p.setObject(12, instance);
        p.setArray(13, c.createArrayOf(TYPES[11], columns[11]));
    }
}

package io.modelgate.adapters.persistence.settlement.jdbc;

import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.adapters.persistence.audit.AuditChainAppender;
import io.modelgate.adapters.persistence.ledger.LedgerLineInsert;
import io.modelgate.domain.audit.AuditEntry;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Commits many settlements in one transaction, in a fixed order of statements whatever the batch
 * size: take the audit chain's lock, close the reservations that are still open, store the ledger
 * lines that are new, append their audit events in order, then settle each month's budget by the sum
 * of its charges and mark a crossed soft threshold. The budget rows, which every reservation of the
 * department also updates, are locked last, only for the final statements and the commit.
 *
 * <p>Exactly once: a charge applies only if this transaction deleted its reservation row; a ledger
 * line (and its event) only if no line with the request id existed. A settlement committed before, or
 * settled by reconciliation, changes nothing when it comes again (spool replay).
 */
public final class SettlementBatch {

    /** An event without a ledger line is applied once: by its entity, action and instant. */
    private static final String EVENT_EXISTS = "SELECT 1 FROM audit_event WHERE entity_type = ? AND entity_id = ?"
            + " AND action = ? AND occurred_at = ?";
    private static final String CLOSE = "DELETE FROM call_reservation WHERE reservation_id = ANY (?) RETURNING reservation_id";
    // BudgetState.settle, summed per month: every charge is at most its reservation, so spent + reserved only
    // falls (the table's CHECK backs the invariant).
    private static final String SETTLE = "UPDATE department_budget SET reserved_micros = reserved_micros - ?,"
            + " spent_micros = spent_micros + ? WHERE department = ? AND month = ? AND reserved_micros >= ?";
    // BudgetState.markSoftAlert: once a month, when spending above zero reaches amount × percent.
    private static final String SOFT_ALERT = "UPDATE department_budget SET soft_alerted_at = ?"
            + " WHERE department = ? AND month = ? AND soft_alerted_at IS NULL"
            + " AND spent_micros > 0 AND CAST(spent_micros AS numeric) * 100"
            + " >= CAST(amount_minor AS numeric) * soft_alert_percent"
            + " * (hard_limit_micros / NULLIF(hard_limit_minor, 0))";

    private final DataSource dataSource;

    public SettlementBatch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void commit(List<Settlement> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            LocalTransaction.run(c, connection -> {
                apply(connection, batch);
                return null;
            });
        }
    }

    private static void apply(Connection c, List<Settlement> batch) throws SQLException {
        AuditChainAppender.lock(c);
        Set<String> closed = close(c, batch);
        // The calls' audit events go in before the budgets are touched: a budget row stays locked from its
        // update to the commit, and the gateway's reservations for that department wait for it meanwhile.
        AuditChainAppender.append(c, record(c, batch));
        // Charges per month, sorted so that two writers lock budget rows in the same order.
        Map<String, long[]> months = new TreeMap<>();
        Map<String, Settlement> alertOf = new TreeMap<>();
        for (Settlement s : batch) {
            if (s.charge().isPresent() && closed.contains(s.charge().get().reservationId())) {
                Settlement.Charge charge = s.charge().get();
                String key = charge.department().value() + "\n" + charge.month();
                long[] sums = months.computeIfAbsent(key, k -> new long[2]);
                sums[0] += charge.reservedMicros();
                sums[1] += charge.chargedMicros();
                if (charge.chargedMicros() > 0 && s.softAlert().isPresent()) {
                    alertOf.put(key, s);
                }
            }
        }
        settle(c, months);
        AuditChainAppender.append(c, softAlerts(c, alertOf));
    }

    /** Deletes the still-open reservations of the batch; returns the ids it deleted. */
    private static Set<String> close(Connection c, List<Settlement> batch) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (Settlement s : batch) {
            s.charge().ifPresent(charge -> ids.add(UUID.fromString(charge.reservationId())));
        }
        Set<String> closed = new HashSet<>();
        if (ids.isEmpty()) {
            return closed;
        }
        try (PreparedStatement p = c.prepareStatement(CLOSE)) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            p.setArray(1, array);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    closed.add(r.getObject(1, UUID.class).toString());
                }
            }
        }
        return closed;
    }

    /**
     * Writes the ledger lines; returns the events of those that were stored, in batch order, then the events that
     * come without a line and were not appended before.
     */
    private static List<AuditEntry> record(Connection c, List<Settlement> batch) throws SQLException {
        List<AuditEntry> events = lines(c, batch);
        events.addAll(eventsWithoutLine(c, batch));
        return events;
    }

    private static List<AuditEntry> eventsWithoutLine(Connection c, List<Settlement> batch) throws SQLException {
        List<AuditEntry> events = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(EVENT_EXISTS)) {
            for (Settlement s : batch) {
                if (s.usage().isEmpty() && s.callEvent().isPresent()) {
                    AuditEntry event = s.callEvent().get();
                    p.setString(1, event.entityType());
                    p.setString(2, event.entityId());
                    p.setString(3, event.action());
                    p.setObject(4, timestamp(event.occurredAt()));
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next() && events.stream().noneMatch(event::equals)) {
                            events.add(event);
                        }
                    }
                }
            }
        }
        return events;
    }

    private static List<AuditEntry> lines(Connection c, List<Settlement> batch) throws SQLException {
        List<Settlement> withLine = batch.stream().filter(s -> s.usage().isPresent()).toList();
        List<AuditEntry> events = new ArrayList<>();
        if (withLine.isEmpty()) {
            return events;
        }
        try (PreparedStatement p = c.prepareStatement(LedgerLineInsert.SQL)) {
            for (Settlement s : withLine) {
                LedgerLineInsert.bind(p, s.usage().get());
                p.addBatch();
            }
            int[] counts = p.executeBatch();
            // Two settlements of one request id in the same batch: the first that takes the id keeps the line.
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1) {
                    withLine.get(i).callEvent().ifPresent(events::add);
                }
            }
        }
        return events;
    }

    private static void settle(Connection c, Map<String, long[]> months) throws SQLException {
        if (months.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(SETTLE)) {
            for (Map.Entry<String, long[]> month : months.entrySet()) {
                String[] key = month.getKey().split("\n");
                long reserved = month.getValue()[0];
                long spent = month.getValue()[1];
                p.setLong(1, reserved);
                p.setLong(2, spent);
                p.setString(3, key[0]);
                p.setString(4, key[1]);
                p.setLong(5, reserved);
                p.addBatch();
            }
            int[] counts = p.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 1) {
                    // The reservations were open, so the counter must cover them; refuse the whole batch.
                    throw new SQLException("a budget's reserved counter is below its open reservations", "MG001");
                }
            }
        }
    }

    private static List<AuditEntry> softAlerts(Connection c, Map<String, Settlement> alertOf) throws SQLException {
        List<AuditEntry> alerts = new ArrayList<>();
        if (alertOf.isEmpty()) {
            return alerts;
        }
        List<Settlement> ordered = new ArrayList<>(alertOf.values());
        try (PreparedStatement p = c.prepareStatement(SOFT_ALERT)) {
            for (Settlement s : ordered) {
                Settlement.Charge charge = s.charge().orElseThrow();
                p.setObject(1, timestamp(s.softAlert().orElseThrow().occurredAt()));
                p.setString(2, charge.department().value());
                p.setString(3, charge.month().toString());
                p.addBatch();
            }
            int[] counts = p.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1) {
                    alerts.add(ordered.get(i).softAlert().orElseThrow());
                }
            }
        }
        return alerts;
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}

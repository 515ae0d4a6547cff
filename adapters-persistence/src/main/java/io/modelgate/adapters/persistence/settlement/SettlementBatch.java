package io.modelgate.adapters.persistence.settlement;

import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.gateway.port.out.UsageRecord;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.audit.AuditChain;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.audit.AuditEvent;
import io.modelgate.domain.audit.ChainHead;
import io.modelgate.domain.catalog.ModelId;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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

    /** Same lock as {@code JpaAuditTrail}: appends of all writers form one chain. */
    static final long CHAIN_LOCK = 0x4D47_4155_4449_5401L;

    private static final String CLOSE = "DELETE FROM call_reservation WHERE reservation_id = ANY (?) RETURNING reservation_id";
    private static final String LEDGER = "INSERT INTO usage_record (request_id, occurred_at, department, caller,"
            + " model_id, deployment, approval_id, classification, input_tokens, output_tokens, usage_reported,"
            + " cost_micros, currency, latency_millis, attempts, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING";
    private static final String AUDIT = "INSERT INTO audit_event (sequence, occurred_at, actor, action, entity_type,"
            + " entity_id, outcome, summary, department, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    // As JpaBudgets.settle: the charge never takes spent past the hard limit.
    private static final String SETTLE = "UPDATE department_budget SET reserved_micros = reserved_micros - ?,"
            + " spent_micros = CASE WHEN ? <= hard_limit_micros - (reserved_micros - ?) - spent_micros"
            + " THEN spent_micros + ? ELSE hard_limit_micros - (reserved_micros - ?) END"
            + " WHERE department = ? AND month = ? AND reserved_micros >= ?";
    // As JpaBudgets.markSoftAlert.
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
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
        }
        Set<String> closed = close(c, batch);
        // The calls' audit events go in before the budgets are touched: a budget row stays locked from its
        // update to the commit, and the gateway's reservations for that department wait for it meanwhile.
        append(c, record(c, batch));
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
        append(c, softAlerts(c, alertOf));
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

    /** Inserts the ledger lines; returns the events of those that were new, in batch order. */
    private static List<AuditEntry> record(Connection c, List<Settlement> batch) throws SQLException {
        List<Settlement> withLine = batch.stream().filter(s -> s.usage().isPresent()).toList();
        List<AuditEntry> events = new ArrayList<>();
        if (withLine.isEmpty()) {
            return events;
        }
        try (PreparedStatement p = c.prepareStatement(LEDGER)) {
            for (Settlement s : withLine) {
                UsageRecord u = s.usage().get();
                p.setString(1, u.requestId());
                p.setObject(2, timestamp(u.at()));
                p.setString(3, u.department().value());
                p.setString(4, u.caller());
                p.setString(5, u.model().map(ModelId::value).orElse(null));
                p.setString(6, u.deployment().map(Enum::name).orElse(null));
                p.setObject(7, u.approval().map(ApprovalId::value).orElse(null), Types.OTHER);
                p.setString(8, u.classification().name());
                p.setLong(9, u.inputTokens());
                p.setLong(10, u.outputTokens());
                p.setBoolean(11, u.usageReported());
                p.setLong(12, u.costMicros());
                p.setString(13, u.currency().getCurrencyCode());
                p.setLong(14, u.latencyMillis());
                p.setInt(15, u.attempts());
                p.setString(16, u.outcome());
                p.addBatch();
            }
            int[] counts = p.executeBatch();
            // Two settlements of one request id in the same batch: the first stores the line.
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
                p.setLong(3, reserved);
                p.setLong(4, spent);
                p.setLong(5, reserved);
                p.setString(6, key[0]);
                p.setString(7, key[1]);
                p.setLong(8, reserved);
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

    /** Appends the events after the chain's head, in order (the chain lock is held). */
    private static void append(Connection c, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        ChainHead head = ChainHead.GENESIS;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1");
             ResultSet r = p.executeQuery()) {
            if (r.next()) {
                head = new ChainHead(r.getLong(1), r.getString(2));
            }
        }
        try (PreparedStatement p = c.prepareStatement(AUDIT)) {
            for (AuditEntry entry : entries) {
                AuditEvent event = AuditChain.next(head, entry);
                p.setLong(1, event.sequence());
                p.setObject(2, timestamp(event.occurredAt()));
                p.setString(3, event.actor());
                p.setString(4, event.action());
                p.setString(5, event.entityType());
                p.setString(6, event.entityId());
                p.setString(7, event.outcome());
                p.setString(8, event.summary());
                p.setString(9, event.department().orElse(null));
                p.setString(10, event.previousHash());
                p.setString(11, event.hash());
                p.addBatch();
                head = new ChainHead(event.sequence(), event.hash());
            }
            p.executeBatch();
        }
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}

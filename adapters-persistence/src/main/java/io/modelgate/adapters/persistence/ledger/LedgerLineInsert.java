package io.modelgate.adapters.persistence.ledger;

import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.ModelId;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one statement that writes a ledger line, for the settlement writer and {@link JpaUsageLedger} alike: one
 * line per department and request id; a line that did not take its id ({@code takes_request_id}, migration V8:
 * a refusal, a call no provider answered) gives way to the new one, any other stays. It counts 1 when the line
 * was stored (inserted or replacing), 0 when an earlier line keeps the id — never an error that would spoil the
 * surrounding transaction.
 */
public final class LedgerLineInsert {

    public static final String SQL = "INSERT INTO usage_record (request_id, occurred_at, department, caller,"
            + " model_id, deployment, approval_id, classification, input_tokens, output_tokens, usage_reported,"
            + " cost_micros, currency, latency_millis, attempts, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?) ON CONFLICT (department, request_id) DO UPDATE SET occurred_at = EXCLUDED.occurred_at,"
            + " caller = EXCLUDED.caller, model_id = EXCLUDED.model_id, deployment = EXCLUDED.deployment,"
            + " approval_id = EXCLUDED.approval_id, classification = EXCLUDED.classification,"
            + " input_tokens = EXCLUDED.input_tokens, output_tokens = EXCLUDED.output_tokens,"
            + " usage_reported = EXCLUDED.usage_reported, cost_micros = EXCLUDED.cost_micros,"
            + " currency = EXCLUDED.currency, latency_millis = EXCLUDED.latency_millis, attempts = EXCLUDED.attempts,"
            + " outcome = EXCLUDED.outcome WHERE NOT usage_record.takes_request_id";

    private LedgerLineInsert() {
    }

    public static void bind(PreparedStatement p, UsageRecord u) throws SQLException {
        p.setString(1, u.requestId().value());
        p.setObject(2, OffsetDateTime.ofInstant(u.at().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
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
        p.setString(16, u.outcome().word());
    }
}

package io.modelgate.adapters.persistence.settlement.spool;

import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.LedgerOutcome;
import io.modelgate.domain.ledger.RequestId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * One settlement as one line of the spool: fields separated by spaces, each Base64url (no padding) of
 * its UTF-8 text, so no value can break a line. An absent part is one {@code -}. The first field is
 * the format version, the last a checksum of the others: a torn last line is recognised and skipped.
 */
final class SpoolCodec {

    private static final String VERSION = "s1";
    private static final String ABSENT = "-";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SpoolCodec() {
    }

    static String encode(Settlement s) {
        List<String> f = new ArrayList<>();
        f.add(VERSION);
        part(f, s.charge(), c -> List.of(c.reservationId(), c.department().value(), c.month().toString(),
                Long.toString(c.reservedMicros()), Long.toString(c.chargedMicros())));
        part(f, s.usage(), u -> List.of(u.requestId().value(), u.at().toString(), u.department().value(), u.caller(),
                u.model().map(ModelId::value).orElse(""), u.deployment().map(Enum::name).orElse(""),
                u.approval().map(a -> a.value().toString()).orElse(""), u.classification().name(),
                Long.toString(u.inputTokens()), Long.toString(u.outputTokens()), Boolean.toString(u.usageReported()),
                Long.toString(u.costMicros()), u.currency().getCurrencyCode(), Long.toString(u.latencyMillis()),
                Integer.toString(u.attempts()), u.outcome().word()));
        part(f, s.callEvent(), SpoolCodec::entry);
        part(f, s.softAlert(), SpoolCodec::entry);
        StringBuilder line = new StringBuilder();
        for (String field : f) {
            line.append(field).append(' ');
        }
        line.append(crc(line.toString())).append('\n');
        return line.toString();
    }

    /** The settlement, or empty when the line is torn or not of this format. */
    static Optional<Settlement> decode(String line) {
        int last = line.lastIndexOf(' ');
        if (last < 0 || !crc(line.substring(0, last + 1)).equals(line.substring(last + 1))) {
            return Optional.empty();
        }
        String[] raw = line.substring(0, last).split(" ");
        if (!raw[0].equals(VERSION)) {
            return Optional.empty();
        }
        Iterator<String> f = List.of(raw).subList(1, raw.length).iterator();
        Optional<Settlement.Charge> charge = present(f) ? Optional.of(new Settlement.Charge(text(f),
                new DepartmentId(text(f)), YearMonth.parse(text(f)), Long.parseLong(text(f)),
                Long.parseLong(text(f)))) : Optional.empty();
        Optional<UsageRecord> usage = present(f) ? Optional.of(usage(f)) : Optional.empty();
        Optional<AuditEntry> event = present(f) ? Optional.of(entry(f)) : Optional.empty();
        Optional<AuditEntry> alert = present(f) ? Optional.of(entry(f)) : Optional.empty();
        return Optional.of(new Settlement(charge, usage, event, alert));
    }

    /** The fields in the order {@link #encode} writes them (the format of version s1). */
    private static UsageRecord usage(Iterator<String> f) {
        RequestId requestId = new RequestId(text(f));
        Instant at = Instant.parse(text(f));
        DepartmentId department = new DepartmentId(text(f));
        String caller = text(f);
        Optional<String> model = optional(text(f));
        Optional<String> deployment = optional(text(f));
        Optional<String> approval = optional(text(f));
        Optional<UsageRecord.Route> route = model.map(m -> new UsageRecord.Route(new ModelId(m),
                DeploymentKind.valueOf(deployment.orElseThrow()), new ApprovalId(UUID.fromString(approval.orElseThrow()))));
        DataClassification classification = DataClassification.valueOf(text(f));
        TokenUsage tokens = new TokenUsage(Long.parseLong(text(f)), Long.parseLong(text(f)), Boolean.parseBoolean(text(f)));
        return new UsageRecord(requestId, at, department, caller, route, classification, tokens, Long.parseLong(text(f)),
                Currency.getInstance(text(f)), Long.parseLong(text(f)), Integer.parseInt(text(f)),
                LedgerOutcome.parse(text(f)));
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static List<String> entry(AuditEntry e) {
        return List.of(e.actor(), e.action(), e.entityType(), e.entityId(), e.occurredAt().toString(), e.outcome(),
                e.summary(), e.department().orElse(""));
    }

    private static AuditEntry entry(Iterator<String> f) {
        return new AuditEntry(text(f), text(f), text(f), text(f), Instant.parse(text(f)), text(f), text(f),
                optional(text(f)));
    }

    private static <T> void part(List<String> fields, Optional<T> part, Function<T, List<String>> values) {
        if (part.isEmpty()) {
            fields.add(ABSENT);
            return;
        }
        fields.add("+");
        for (String v : values.apply(part.get())) {
            fields.add(v.isEmpty() ? "=" : ENCODER.encodeToString(v.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static boolean present(Iterator<String> f) {
        return f.next().equals("+");
    }

    private static String text(Iterator<String> f) {
        String v = f.next();
        return v.equals("=") ? "" : new String(DECODER.decode(v), StandardCharsets.UTF_8);
    }

    private static Optional<String> optional(String v) {
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}

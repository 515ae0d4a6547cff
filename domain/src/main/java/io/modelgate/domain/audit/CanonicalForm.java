package io.modelgate.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The bytes an audit event's hash is computed over, written down so that an auditor can recompute
 * every hash with another tool.
 *
 * <p>The <em>document</em> of an event is ten lines joined by a single line feed ({@code \n},
 * 0x0A), with no line feed after the last, encoded in UTF-8. Each line is
 * <pre>   name=LENGTH:VALUE</pre>
 * where {@code LENGTH} is the number of UTF-8 bytes of {@code VALUE}, in decimal ASCII digits
 * without leading zeros ({@code 0} for an empty value). The length prefix makes the encoding
 * unambiguous whatever a value contains, line feeds and {@code =} included. The lines, in this
 * order:
 * <ol>
 *   <li>{@code previousHash} — the previous event's hash, 64 lower-case hex digits (64 zeros for
 *       the first event)</li>
 *   <li>{@code sequence} — decimal ASCII digits, no sign, no leading zeros</li>
 *   <li>{@code actor}</li>
 *   <li>{@code action}</li>
 *   <li>{@code entityType}</li>
 *   <li>{@code entityId}</li>
 *   <li>{@code occurredAt} — UTC, {@code YYYY-MM-DDTHH:MM:SS.ffffffZ}: four-digit year, always
 *       exactly six fraction digits, a capital {@code T} and {@code Z}</li>
 *   <li>{@code outcome}</li>
 *   <li>{@code summary} — as stored, after redaction</li>
 *   <li>{@code department} — empty when there is none</li>
 * </ol>
 * Text values are the exact stored strings: no trimming, case folding or Unicode normalisation.
 * The event's {@code hash} is the SHA-256 of the document, written as 64 lower-case hex digits.
 *
 * <p>For example the first event, by {@code alice} at 2024-04-01T09:30:00.123456Z, has this
 * document (each line ends with {@code \n} except the last):
 * <pre>
 * previousHash=64:0000000000000000000000000000000000000000000000000000000000000000
 * sequence=1:1
 * actor=5:alice
 * action=13:MODEL.REVISED
 * entityType=5:model
 * entityId=6:gpt-4o
 * occurredAt=27:2024-04-01T09:30:00.123456Z
 * outcome=7:SUCCESS
 * summary=37:price per 1M input tokens 5.00→2.50
 * department=7:finance
 * </pre>
 * (the arrow is three bytes in UTF-8, hence 37 for 35 characters) and this hash:
 * {@code 62ae151273962042cf4334b4d5dfd9c28f0ea07266bc9c12abfbc85465a6829b}. In a shell:
 * {@code printf '%s' "$document" | sha256sum}.
 */
public final class CanonicalForm {

    // Locale.ROOT and the standard decimal style: ASCII digits whatever the JVM's default locale is
    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
            .withDecimalStyle(DecimalStyle.STANDARD)
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private CanonicalForm() {
    }

    /** The event's document as described above (hash its UTF-8 bytes). */
    public static String document(AuditEvent event) {
        return document(event.previousHash(), event.sequence(), event.actor(), event.action(), event.entityType(),
                event.entityId(), event.occurredAt(), event.outcome(), event.summary(), event.department());
    }

    /** The hash the event's content calls for; it differs from {@code event.hash()} when either was changed. */
    public static String hash(AuditEvent event) {
        return sha256(document(event));
    }

    /** An instant as the document writes it. */
    public static String instant(Instant instant) {
        return INSTANT.format(instant);
    }

    static String hash(String previousHash, long sequence, AuditEntry entry) {
        return sha256(document(previousHash, sequence, entry.actor(), entry.action(), entry.entityType(),
                entry.entityId(), entry.occurredAt(), entry.outcome(), entry.summary(), entry.department()));
    }

    private static String document(String previousHash, long sequence, String actor, String action,
                                   String entityType, String entityId, Instant occurredAt, String outcome,
                                   String summary, Optional<String> department) {
        StringBuilder document = new StringBuilder(256 + summary.length());
        line(document, "previousHash", previousHash);
        line(document, "sequence", Long.toString(sequence));
        line(document, "actor", actor);
        line(document, "action", action);
        line(document, "entityType", entityType);
        line(document, "entityId", entityId);
        line(document, "occurredAt", instant(occurredAt));
        line(document, "outcome", outcome);
        line(document, "summary", summary);
        document.append("department=");
        String departmentValue = department.orElse("");
        document.append(utf8Length(departmentValue)).append(':').append(departmentValue);
        return document.toString();
    }

    private static void line(StringBuilder document, String name, String value) {
        document.append(name).append('=').append(utf8Length(value)).append(':').append(value).append('\n');
    }

    private static int utf8Length(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String sha256(String document) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(digest.digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

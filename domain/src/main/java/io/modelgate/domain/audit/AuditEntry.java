package io.modelgate.domain.audit;

import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a use case records about one decision or change, before it joins the chain. Appended in
 * the same transaction as the change it describes.
 *
 * @param actor      the subject who acted (the token's {@code sub}), or {@link #SYSTEM}
 * @param action     what happened: upper-case words joined by {@code .} or {@code _}, such as
 *                   {@code MODEL.REVISED} or {@code REQUEST.SUBMITTED}
 * @param entityType the kind of entity, a slug such as {@code model} or {@code usage-request}
 * @param entityId   the entity's id as the API shows it
 * @param occurredAt when, cut to microseconds: PostgreSQL keeps no more, and the hash must be the
 *                   same before and after a round trip
 * @param outcome    one upper-case word such as {@code SUCCESS}, {@code REJECTED}, {@code APPROVED}
 * @param summary    a short before/after description, at most {@value #MAX_SUMMARY_LENGTH}
 *                   characters after {@link Redaction#redact(String) redaction} removed any secret
 * @param department the department concerned, when there is one
 */
public record AuditEntry(String actor, String action, String entityType, String entityId, Instant occurredAt,
                         String outcome, String summary, Optional<String> department) {

    /** The actor for what ModelGate does on its own (schedules, migrations, startup). */
    public static final String SYSTEM = "system";
    public static final int MAX_SUMMARY_LENGTH = 2000;

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9]*(?:[._][A-Z0-9]+)*");
    private static final Pattern OUTCOME = Pattern.compile("[A-Z][A-Z0-9_]*");

    public AuditEntry {
        // 255: the longest subject OpenID Connect allows
        actor = AuditText.singleLine(actor, "actor", 255);
        action = AuditText.singleLine(action, "action", 64);
        Require.that(ACTION.matcher(action).matches(), "action",
                "must be upper-case words joined by '.' or '_', such as MODEL.REVISED (was '" + action + "')");
        entityType = Require.slug(entityType, "entityType", 64);
        entityId = AuditText.singleLine(entityId, "entityId", 255);
        occurredAt = AuditText.toMicros(occurredAt, "occurredAt");
        outcome = AuditText.singleLine(outcome, "outcome", 32);
        Require.that(OUTCOME.matcher(outcome).matches(), "outcome",
                "must be one upper-case word such as SUCCESS or REJECTED (was '" + outcome + "')");
        // redact before measuring, so the limit holds for what is stored
        // A long summary is cut, not refused: refusing would roll back the change it describes.
        summary = shorten(Require.text(Redaction.redact(Require.present(summary, "summary")), "summary",
                Integer.MAX_VALUE));
        AuditText.storable(summary, "summary");
        Require.present(department, "department");
        department = department.map(d -> AuditText.singleLine(d, "department", 100));
    }

    /** The same entry without a department. */
    public AuditEntry(String actor, String action, String entityType, String entityId, Instant occurredAt,
                      String outcome, String summary) {
        this(actor, action, entityType, entityId, occurredAt, outcome, summary, Optional.empty());
    }

    static final String CUT_MARK = " …[cut]";

    private static String shorten(String summary) {
        if (summary.length() <= MAX_SUMMARY_LENGTH) {
            return summary;
        }
        int end = MAX_SUMMARY_LENGTH - CUT_MARK.length();
        if (Character.isHighSurrogate(summary.charAt(end - 1))) {
            end--; // never split a surrogate pair: the stored text must stay valid Unicode
        }
        return summary.substring(0, end) + CUT_MARK;
    }
}

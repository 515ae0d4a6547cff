package io.modelgate.domain.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entries and chains for the audit tests. */
final class AuditFixtures {

    static final Instant T0 = Instant.parse("2024-04-01T09:30:00.123456Z");

    private AuditFixtures() {
    }

    static AuditEntry entry() {
        return new AuditEntry("alice", "MODEL.REVISED", "model", "gpt-4o", T0, "SUCCESS",
                "price per 1M input tokens 5.00→2.50", Optional.of("finance"));
    }

    /** A varied entry: every field changes with {@code i}, and every third has no department. */
    static AuditEntry entry(int i) {
        String[] actions = {"MODEL.REVISED", "REQUEST.SUBMITTED", "REQUEST.APPROVED", "POLICY.CHANGED"};
        String[] outcomes = {"SUCCESS", "REJECTED", "APPROVED"};
        return new AuditEntry(i % 5 == 0 ? AuditEntry.SYSTEM : "user-" + i % 7, actions[i % actions.length],
                i % 2 == 0 ? "model" : "usage-request", "entity-" + i, T0.plusSeconds(i).plusNanos(i * 1_000L),
                outcomes[i % outcomes.length], "change " + i + ":\nbefore=" + i + "\nafter=" + (i + 1),
                i % 3 == 0 ? Optional.empty() : Optional.of("dept-" + i % 4));
    }

    static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>(length);
        Optional<AuditEvent> last = Optional.empty();
        for (int i = 1; i <= length; i++) {
            AuditEvent next = AuditChain.next(last, entry(i));
            events.add(next);
            last = Optional.of(next);
        }
        return events;
    }

    /** A copy of the event with its hash recomputed, as a forger who knows the format would. */
    static AuditEvent resealed(AuditEvent e) {
        return withHash(e, CanonicalForm.hash(e));
    }

    static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.sequence(), e.actor(), e.action(), e.entityType(), e.entityId(), e.occurredAt(),
                e.outcome(), e.summary(), e.department(), e.previousHash(), hash);
    }

    static AuditEvent withSequence(AuditEvent e, long sequence) {
        return new AuditEvent(sequence, e.actor(), e.action(), e.entityType(), e.entityId(), e.occurredAt(),
                e.outcome(), e.summary(), e.department(), e.previousHash(), e.hash());
    }

    static AuditEvent withPreviousHash(AuditEvent e, String previousHash) {
        return new AuditEvent(e.sequence(), e.actor(), e.action(), e.entityType(), e.entityId(), e.occurredAt(),
                e.outcome(), e.summary(), e.department(), previousHash, e.hash());
    }

    static AuditEvent withSummary(AuditEvent e, String summary) {
        return new AuditEvent(e.sequence(), e.actor(), e.action(), e.entityType(), e.entityId(), e.occurredAt(),
                e.outcome(), summary, e.department(), e.previousHash(), e.hash());
    }
}

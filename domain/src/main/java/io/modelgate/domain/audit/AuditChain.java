package io.modelgate.domain.audit;

import io.modelgate.domain.shared.Require;

import java.util.Optional;

/** Appends: turns an {@link AuditEntry} into the event that follows the chain's newest one. */
public final class AuditChain {

    private AuditChain() {
    }

    /**
     * The event after {@code last}: sequence {@code last + 1}, linked to {@code last}'s hash; or,
     * for an empty chain, sequence 1 linked to {@link ChainHead#GENESIS_HASH}.
     */
    public static AuditEvent next(Optional<AuditEvent> last, AuditEntry entry) {
        Require.present(last, "last");
        return next(last.map(AuditEvent::head).orElse(ChainHead.GENESIS), entry);
    }

    /** The event after the given head, for callers that keep only the newest sequence and hash. */
    public static AuditEvent next(ChainHead head, AuditEntry entry) {
        Require.present(head, "head");
        Require.present(entry, "entry");
        long sequence = Math.addExact(head.sequence(), 1);
        String hash = CanonicalForm.hash(head.hash(), sequence, entry);
        return new AuditEvent(sequence, entry.actor(), entry.action(), entry.entityType(), entry.entityId(),
                entry.occurredAt(), entry.outcome(), entry.summary(), entry.department(), head.hash(), hash);
    }
}

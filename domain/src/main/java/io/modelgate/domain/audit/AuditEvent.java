package io.modelgate.domain.audit;

import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored audit event: an {@link AuditEntry}'s fields, its place in the chain and its hash. New
 * events come from {@link AuditChain#next}; this constructor is for reloading.
 *
 * <p>Reloading checks the shape the database guarantees (sequence from 1, hashes as 64 lower-case
 * hex digits, instants at microseconds) but takes the texts exactly as stored: it neither redacts
 * nor re-validates them. A stored event must hash the same forever, even after the redaction rules
 * grow, and a verifier must be able to read a tampered row in order to report it.
 *
 * @param sequence     1 for the first event, then consecutive
 * @param department   the department, if any; an empty string is read as none (both encode alike)
 * @param previousHash the previous event's {@link #hash}, or {@link ChainHead#GENESIS_HASH}
 * @param hash         SHA-256 of the event's document, see {@link CanonicalForm}
 */
public record AuditEvent(long sequence, String actor, String action, String entityType, String entityId,
                         Instant occurredAt, String outcome, String summary, Optional<String> department,
                         String previousHash, String hash) {

    public AuditEvent {
        Require.positive(sequence, "sequence");
        Require.present(actor, "actor");
        Require.present(action, "action");
        Require.present(entityType, "entityType");
        Require.present(entityId, "entityId");
        occurredAt = AuditText.atMicros(occurredAt, "occurredAt");
        Require.present(outcome, "outcome");
        Require.present(summary, "summary");
        department = Require.present(department, "department").filter(d -> !d.isEmpty());
        ChainHead.requireHash(previousHash, "previousHash");
        ChainHead.requireHash(hash, "hash");
    }

    /** Whether {@link #hash} is still the hash of this event's content and previous hash. */
    public boolean hashMatchesContent() {
        return CanonicalForm.hash(this).equals(hash);
    }

    /** This event as the head of the chain it ends. */
    public ChainHead head() {
        return new ChainHead(sequence, hash);
    }
}

package io.modelgate.domain.audit;

import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.util.Iterator;
import java.util.Optional;

/**
 * Checks a chain read in sequence order, one event at a time, keeping only the last verified head:
 * constant memory however long the trail. For each event it recomputes the hash from the content
 * ({@link CanonicalForm}), checks the sequence follows the previous one by exactly 1, and checks
 * the previous hash is the previous event's hash. It stops at the first break and names it.
 *
 * <p>Use {@link #verify(Iterator)} for a whole chain, or {@link #startingAt} and {@link #accept}
 * to resume from a checkpoint (a head verified earlier) or to feed events from a stream.
 *
 * <p>The chain alone cannot tell that its newest events were deleted, nor that every hash after
 * some point was recomputed; give the head kept outside the database as {@code publishedHead} and
 * the verifier also checks that the chain reaches it with the same hash.
 */
public final class ChainVerifier {

    private final Optional<ChainHead> publishedHead;
    private ChainHead verified;
    private long eventsChecked;
    private ChainVerification broken;

    private ChainVerifier(ChainHead checkpoint, Optional<ChainHead> publishedHead) {
        this.verified = checkpoint;
        this.publishedHead = publishedHead;
    }

    /** Verifies a whole chain, from sequence 1. */
    public static ChainVerification verify(Iterable<AuditEvent> inSequenceOrder) {
        return verify(Require.present(inSequenceOrder, "events").iterator());
    }

    /** Verifies a whole chain, from sequence 1. */
    public static ChainVerification verify(Iterator<AuditEvent> inSequenceOrder) {
        return run(startingAt(ChainHead.GENESIS), inSequenceOrder);
    }

    /** Verifies a whole chain and that it reaches {@code publishedHead} with the same hash. */
    public static ChainVerification verify(Iterator<AuditEvent> inSequenceOrder, ChainHead publishedHead) {
        return run(startingAt(ChainHead.GENESIS, Optional.of(Require.present(publishedHead, "publishedHead"))),
                inSequenceOrder);
    }

    /**
     * A verifier for the events after {@code checkpoint} ({@link ChainHead#GENESIS} for a whole
     * chain): the first event it accepts must have sequence {@code checkpoint + 1} and link to the
     * checkpoint's hash.
     */
    public static ChainVerifier startingAt(ChainHead checkpoint) {
        return startingAt(checkpoint, Optional.empty());
    }

    /**
     * As {@link #startingAt(ChainHead)}, also checking a published head. It must not be behind the
     * checkpoint: a head behind it was covered by the run that produced the checkpoint.
     */
    public static ChainVerifier startingAt(ChainHead checkpoint, Optional<ChainHead> publishedHead) {
        Require.present(checkpoint, "checkpoint");
        Require.present(publishedHead, "publishedHead");
        publishedHead.ifPresent(head -> {
            if (head.sequence() < checkpoint.sequence()) {
                throw new InvalidValueException("publishedHead", "is behind the checkpoint (event "
                        + checkpoint.sequence() + "), was event " + head.sequence());
            }
            if (head.sequence() == checkpoint.sequence() && !head.equals(checkpoint)) {
                throw new InvalidValueException("publishedHead", "contradicts the checkpoint at event "
                        + head.sequence());
            }
        });
        return new ChainVerifier(checkpoint, publishedHead);
    }

    /**
     * Checks the next event. Returns whether the chain is still intact; after the first break,
     * further events are ignored.
     */
    public boolean accept(AuditEvent event) {
        Require.present(event, "event");
        if (broken != null) {
            return false;
        }
        eventsChecked++;
        Optional<String> problem = problemWith(event);
        if (problem.isPresent()) {
            broken = ChainVerification.broken(eventsChecked, verified, problem.get());
            return false;
        }
        verified = event.head();
        return true;
    }

    /**
     * The verdict on the events accepted so far, taken as the whole chain (so a published head
     * beyond the last of them counts as missing events).
     */
    public ChainVerification result() {
        if (broken != null) {
            return broken;
        }
        if (publishedHead.isPresent() && publishedHead.get().sequence() > verified.sequence()) {
            long published = publishedHead.get().sequence();
            String end = verified.isGenesis() ? "the chain is empty" : "the chain ends at event " + verified.sequence();
            return ChainVerification.broken(eventsChecked, verified, end + " but the published head is event "
                    + published + ": " + missing(verified.sequence() + 1, published) + " (deleted?)");
        }
        return ChainVerification.intact(eventsChecked, verified);
    }

    private static ChainVerification run(ChainVerifier verifier, Iterator<AuditEvent> events) {
        Require.present(events, "events");
        while (events.hasNext() && verifier.accept(events.next())) {
            // accept does the work; stop reading at the first break
        }
        return verifier.result();
    }

    // The content check comes first: a changed sequence number is an edit, not a gap.
    private Optional<String> problemWith(AuditEvent event) {
        long expected = verified.sequence() + 1;
        long sequence = event.sequence();
        if (!event.hashMatchesContent()) {
            String where = sequence == expected ? "event " + sequence : "event " + sequence + " (in place of " + expected + ")";
            return Optional.of(where + ": content does not match its hash (edited?)");
        }
        if (sequence > expected) {
            return Optional.of(follows(sequence) + ": " + missing(expected, sequence - 1) + " (deleted?)");
        }
        if (sequence < expected) {
            return Optional.of(follows(sequence) + ": the sequence repeats or goes back (reordered or inserted?)");
        }
        if (!event.previousHash().equals(verified.hash())) {
            String previous = verified.isGenesis() ? "the genesis hash" : "event " + verified.sequence();
            return Optional.of("event " + sequence + ": previous hash does not match " + previous
                    + " (reordered, inserted or deleted?)");
        }
        if (publishedHead.isPresent() && publishedHead.get().sequence() == sequence
                && !publishedHead.get().hash().equals(event.hash())) {
            return Optional.of("event " + sequence + ": hash differs from the published head (chain rewritten?)");
        }
        return Optional.empty();
    }

    private String follows(long sequence) {
        return verified.isGenesis() ? "event " + sequence + " comes first"
                : "event " + sequence + " follows " + verified.sequence();
    }

    private static String missing(long from, long to) {
        return from == to ? "event " + from + " is missing" : "events " + from + " to " + to + " are missing";
    }
}

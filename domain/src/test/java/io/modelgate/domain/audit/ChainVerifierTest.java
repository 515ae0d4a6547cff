package io.modelgate.domain.audit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.modelgate.domain.audit.AuditFixtures.resealed;
import static io.modelgate.domain.audit.AuditFixtures.withHash;
import static io.modelgate.domain.audit.AuditFixtures.withPreviousHash;
import static io.modelgate.domain.audit.AuditFixtures.withSequence;
import static io.modelgate.domain.audit.AuditFixtures.withSummary;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static final int LENGTH = 1_000;
    private static final List<AuditEvent> CHAIN = AuditFixtures.chain(LENGTH);
    private static final String OTHER_HASH = "ab".repeat(32);

    private static AuditEvent event(long sequence) {
        return CHAIN.get((int) sequence - 1);
    }

    private static List<AuditEvent> copy() {
        return new ArrayList<>(CHAIN);
    }

    private static ChainVerification verify(List<AuditEvent> events) {
        return ChainVerifier.verify(events);
    }

    private static void assertBroken(ChainVerification result, long firstBroken, String problem) {
        assertThat(result.intact()).as("intact").isFalse();
        assertThat(result.problem()).contains(problem);
        assertThat(result.firstBrokenSequence()).hasValue(firstBroken);
        // the verified head is where a forgery ended, so only its position is known in general
        assertThat(result.verifiedHead().sequence()).isEqualTo(firstBroken - 1);
    }

    @Nested
    class IntactChains {

        @Test
        void aThousandEventsVerify() {
            ChainVerification result = verify(CHAIN);

            assertThat(result.intact()).isTrue();
            assertThat(result.eventsChecked()).isEqualTo(LENGTH);
            assertThat(result.firstBrokenSequence()).isEmpty();
            assertThat(result.problem()).isEmpty();
            assertThat(result.verifiedHead()).isEqualTo(event(LENGTH).head());
        }

        @Test
        void theEmptyChainIsIntactAtGenesis() {
            assertThat(verify(List.of())).isEqualTo(ChainVerification.intact(0, ChainHead.GENESIS));
        }

        @Test
        void acceptsAnIteratorAsWellAsAnIterable() {
            assertThat(ChainVerifier.verify(CHAIN.iterator())).isEqualTo(verify(CHAIN));
        }

        @Test
        void verifiesALongChainWithoutHoldingIt() {
            // generated on the fly: neither the test nor the verifier keeps the events
            int length = 20_000;
            Iterator<AuditEvent> generated = new Iterator<>() {
                private ChainHead head = ChainHead.GENESIS;

                @Override
                public boolean hasNext() {
                    return head.sequence() < length;
                }

                @Override
                public AuditEvent next() {
                    AuditEvent next = AuditChain.next(head, AuditFixtures.entry((int) head.sequence() + 1));
                    head = next.head();
                    return next;
                }
            };

            ChainVerification result = ChainVerifier.verify(generated);

            assertThat(result.intact()).isTrue();
            assertThat(result.eventsChecked()).isEqualTo(length);
            assertThat(result.verifiedHead().sequence()).isEqualTo(length);
        }
    }

    @Nested
    class EditedEvents {

        static Stream<Arguments> edits() {
            Map<String, UnaryOperator<AuditEvent>> edits = Map.ofEntries(
                    Map.entry("actor", e -> new AuditEvent(e.sequence(), "mallory", e.action(), e.entityType(),
                            e.entityId(), e.occurredAt(), e.outcome(), e.summary(), e.department(), e.previousHash(),
                            e.hash())),
                    Map.entry("action", e -> new AuditEvent(e.sequence(), e.actor(), "REQUEST.APPROVED_X",
                            e.entityType(), e.entityId(), e.occurredAt(), e.outcome(), e.summary(), e.department(),
                            e.previousHash(), e.hash())),
                    Map.entry("entityType", e -> new AuditEvent(e.sequence(), e.actor(), e.action(), "license",
                            e.entityId(), e.occurredAt(), e.outcome(), e.summary(), e.department(), e.previousHash(),
                            e.hash())),
                    Map.entry("entityId", e -> new AuditEvent(e.sequence(), e.actor(), e.action(), e.entityType(),
                            e.entityId() + "0", e.occurredAt(), e.outcome(), e.summary(), e.department(),
                            e.previousHash(), e.hash())),
                    Map.entry("occurredAt by 1 µs", e -> new AuditEvent(e.sequence(), e.actor(), e.action(),
                            e.entityType(), e.entityId(), e.occurredAt().plus(1, ChronoUnit.MICROS), e.outcome(),
                            e.summary(), e.department(), e.previousHash(), e.hash())),
                    Map.entry("outcome", e -> new AuditEvent(e.sequence(), e.actor(), e.action(), e.entityType(),
                            e.entityId(), e.occurredAt(), e.outcome().equals("APPROVED") ? "REJECTED" : "APPROVED",
                            e.summary(), e.department(), e.previousHash(), e.hash())),
                    Map.entry("summary", e -> withSummary(e, e.summary().replace("after", "later"))),
                    Map.entry("summary by a trailing space", e -> withSummary(e, e.summary() + " ")),
                    Map.entry("department changed", e -> new AuditEvent(e.sequence(), e.actor(), e.action(),
                            e.entityType(), e.entityId(), e.occurredAt(), e.outcome(), e.summary(),
                            Optional.of(e.department().orElse("") + "x"), e.previousHash(), e.hash())),
                    Map.entry("department removed or added", e -> new AuditEvent(e.sequence(), e.actor(), e.action(),
                            e.entityType(), e.entityId(), e.occurredAt(), e.outcome(), e.summary(),
                            e.department().isPresent() ? Optional.empty() : Optional.of("legal"), e.previousHash(),
                            e.hash())),
                    Map.entry("previousHash", e -> withPreviousHash(e, OTHER_HASH)),
                    Map.entry("hash", e -> withHash(e, OTHER_HASH)));
            return edits.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .flatMap(edit -> Stream.of(1, 2, 500, LENGTH)
                            .map(position -> Arguments.of(edit.getKey(), position, edit.getValue())));
        }

        @ParameterizedTest(name = "{0} of event {1}")
        @MethodSource("edits")
        void anEditedFieldBreaksTheChainAtThatEvent(String field, int position, UnaryOperator<AuditEvent> edit) {
            List<AuditEvent> events = copy();
            AuditEvent edited = edit.apply(event(position));
            assertThat(edited).as("the edit changes something").isNotEqualTo(event(position));
            events.set(position - 1, edited);

            ChainVerification result = verify(events);

            assertBroken(result, position, "event " + position + ": content does not match its hash (edited?)");
            assertThat(result.eventsChecked()).isEqualTo(position);
            assertThat(result.verifiedHead()).isEqualTo(position == 1 ? ChainHead.GENESIS : event(position - 1).head());
        }

        @ParameterizedTest(name = "event {0}")
        @ValueSource(ints = {1, 500, LENGTH})
        void anEditedSequenceNumberIsAnEditNotAGap(int position) {
            List<AuditEvent> events = copy();
            events.set(position - 1, withSequence(event(position), 5_000));

            assertBroken(verify(events), position,
                    "event 5000 (in place of " + position + "): content does not match its hash (edited?)");
        }

        @Test
        void aResealedEditIsFoundAtTheNextLink() {
            // the forger recomputes the edited event's own hash but cannot change the next event's link
            List<AuditEvent> events = copy();
            events.set(499, resealed(withSummary(event(500), "nothing happened")));

            assertBroken(verify(events), 501,
                    "event 501: previous hash does not match event 500 (reordered, inserted or deleted?)");
        }

        @Test
        void aResealedEditOfTheFirstEventIsFoundAtTheSecond() {
            List<AuditEvent> events = copy();
            events.set(0, resealed(withSummary(event(1), "nothing happened")));

            assertBroken(verify(events), 2,
                    "event 2: previous hash does not match event 1 (reordered, inserted or deleted?)");
        }

        @Test
        void aFirstEventThatDoesNotStartFromGenesisIsFound() {
            List<AuditEvent> events = copy();
            events.set(0, resealed(withPreviousHash(event(1), OTHER_HASH)));

            assertBroken(verify(events), 1,
                    "event 1: previous hash does not match the genesis hash (reordered, inserted or deleted?)");
        }
    }

    @Nested
    class DeletedEvents {

        @Test
        void deletingTheFirstEvent() {
            List<AuditEvent> events = copy();
            events.remove(0);

            ChainVerification result = verify(events);

            assertBroken(result, 1, "event 2 comes first: event 1 is missing (deleted?)");
            assertThat(result.eventsChecked()).isEqualTo(1);
            assertThat(result.verifiedHead()).isEqualTo(ChainHead.GENESIS);
        }

        @ParameterizedTest(name = "event {0}")
        @ValueSource(ints = {2, 17, 500, LENGTH - 1})
        void deletingAnEventInTheMiddle(int sequence) {
            List<AuditEvent> events = copy();
            events.remove(sequence - 1);

            assertBroken(verify(events), sequence,
                    "event " + (sequence + 1) + " follows " + (sequence - 1) + ": event " + sequence
                            + " is missing (deleted?)");
        }

        @Test
        void deletingSeveralEvents() {
            List<AuditEvent> events = copy();
            events.subList(499, 502).clear();

            assertBroken(verify(events), 500, "event 503 follows 499: events 500 to 502 are missing (deleted?)");
        }

        @Test
        void deletingAndRenumberingIsFoundAtTheLink() {
            List<AuditEvent> events = copy();
            events.remove(499);
            for (int i = 499; i < events.size(); i++) {
                events.set(i, resealed(withSequence(events.get(i), i + 1)));
            }

            assertBroken(verify(events), 500,
                    "event 500: previous hash does not match event 499 (reordered, inserted or deleted?)");
        }

        @Test
        void deletingTheLastEventsCannotBeSeenInTheChainAlone() {
            // A shorter chain is a valid chain: only a head kept elsewhere shows what is gone.
            List<AuditEvent> events = copy();
            events.remove(LENGTH - 1);

            ChainVerification alone = verify(events);

            assertThat(alone.intact()).isTrue();
            assertThat(alone.verifiedHead()).isEqualTo(event(LENGTH - 1).head());
            assertThat(alone.verifiedHead()).isNotEqualTo(event(LENGTH).head());
        }

        @Test
        void deletingTheLastEventsIsFoundAgainstThePublishedHead() {
            List<AuditEvent> events = copy();
            events.subList(LENGTH - 3, LENGTH).clear();

            ChainVerification result = ChainVerifier.verify(events.iterator(), event(LENGTH).head());

            assertBroken(result, LENGTH - 2, "the chain ends at event 997 but the published head is event 1000: "
                    + "events 998 to 1000 are missing (deleted?)");
            assertThat(result.eventsChecked()).isEqualTo(LENGTH - 3);
            assertThat(result.verifiedHead()).isEqualTo(event(LENGTH - 3).head());
        }

        @Test
        void deletingOnlyTheLastEventIsFoundAgainstThePublishedHead() {
            List<AuditEvent> events = copy();
            events.remove(LENGTH - 1);

            assertBroken(ChainVerifier.verify(events.iterator(), event(LENGTH).head()), LENGTH,
                    "the chain ends at event 999 but the published head is event 1000: event 1000 is missing (deleted?)");
        }

        @Test
        void deletingEverythingIsFoundAgainstThePublishedHead() {
            assertBroken(ChainVerifier.verify(Collections.emptyIterator(), event(3).head()), 1,
                    "the chain is empty but the published head is event 3: events 1 to 3 are missing (deleted?)");
        }
    }

    @Nested
    class ReorderedEvents {

        @Test
        void twoEventsReadOutOfOrder() {
            List<AuditEvent> events = copy();
            Collections.swap(events, 499, 500);

            assertBroken(verify(events), 500, "event 501 follows 499: event 500 is missing (deleted?)");
        }

        @Test
        void twoEventsWithSwappedSequenceNumbers() {
            // how a swap looks when read back in sequence order
            List<AuditEvent> events = copy();
            events.set(499, withSequence(event(501), 500));
            events.set(500, withSequence(event(500), 501));

            assertBroken(verify(events), 500, "event 500: content does not match its hash (edited?)");
        }

        @Test
        void twoEventsWithSwappedAndResealedSequenceNumbers() {
            List<AuditEvent> events = copy();
            events.set(499, resealed(withSequence(event(501), 500)));
            events.set(500, resealed(withSequence(event(500), 501)));

            assertBroken(verify(events), 500,
                    "event 500: previous hash does not match event 499 (reordered, inserted or deleted?)");
        }

        @Test
        void anEventRepeated() {
            List<AuditEvent> events = copy();
            events.add(500, event(500));

            assertBroken(verify(events), 501,
                    "event 500 follows 500: the sequence repeats or goes back (reordered or inserted?)");
        }

        @Test
        void anEarlierEventMovedLater() {
            List<AuditEvent> events = copy();
            events.add(500, events.remove(9));

            assertBroken(verify(events), 10, "event 11 follows 9: event 10 is missing (deleted?)");
        }
    }

    @Nested
    class InsertedEvents {

        private final AuditEntry forged = new AuditEntry("mallory", "REQUEST.APPROVED", "usage-request", "req-666",
                event(499).occurredAt().plusMillis(1), "APPROVED", "approved by the CISO");

        @Test
        void aForgedEventChainedCorrectlyButDuplicatingASequence() {
            // the verifier cannot tell which of two events 500 is the forgery; it stops at the second
            List<AuditEvent> events = copy();
            events.add(499, AuditChain.next(Optional.of(event(499)), forged));

            assertBroken(verify(events), 501,
                    "event 500 follows 500: the sequence repeats or goes back (reordered or inserted?)");
        }

        @Test
        void aForgedEventWithTheRestRenumberedAndResealed() {
            List<AuditEvent> events = copy();
            events.add(499, AuditChain.next(Optional.of(event(499)), forged));
            for (int i = 500; i < events.size(); i++) {
                events.set(i, resealed(withSequence(events.get(i), i + 1)));
            }

            ChainVerification result = verify(events);

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSequence()).hasValue(501);
            assertThat(result.problem())
                    .contains("event 501: previous hash does not match event 500 (reordered, inserted or deleted?)");
            assertThat(result.verifiedHead().sequence()).isEqualTo(500);
        }

        @Test
        void aForgedEventThatDoesNotKnowThePreviousHash() {
            List<AuditEvent> events = copy();
            events.add(499, AuditChain.next(new ChainHead(499, OTHER_HASH), forged));
            for (int i = 500; i < events.size(); i++) {
                events.set(i, resealed(withSequence(events.get(i), i + 1)));
            }

            assertBroken(verify(events), 500,
                    "event 500: previous hash does not match event 499 (reordered, inserted or deleted?)");
        }

        @Test
        void aForgedEventWithAnUnsealedHash() {
            List<AuditEvent> events = copy();
            events.add(499, withHash(AuditChain.next(Optional.of(event(499)), forged), OTHER_HASH));

            assertBroken(verify(events), 500, "event 500: content does not match its hash (edited?)");
        }

        @Test
        void aForgedEventAppendedAtTheEndIsIndistinguishableFromARealOne() {
            // an unkeyed chain cannot refuse a well-formed append; access control on the table must
            List<AuditEvent> events = copy();
            events.add(AuditChain.next(Optional.of(event(LENGTH)), forged));

            assertThat(verify(events).intact()).isTrue();
        }
    }

    @Nested
    class PublishedHead {

        @Test
        void anIntactChainReachingThePublishedHead() {
            assertThat(ChainVerifier.verify(CHAIN.iterator(), event(LENGTH).head())).isEqualTo(verify(CHAIN));
            assertThat(ChainVerifier.verify(CHAIN.iterator(), event(600).head())).isEqualTo(verify(CHAIN));
        }

        @Test
        void aResealedEditOfTheLastEventIsFoundOnlyAgainstThePublishedHead() {
            List<AuditEvent> events = copy();
            events.set(LENGTH - 1, resealed(withSummary(event(LENGTH), "nothing happened")));

            assertThat(verify(events).intact()).isTrue();
            assertBroken(ChainVerifier.verify(events.iterator(), event(LENGTH).head()), LENGTH,
                    "event 1000: hash differs from the published head (chain rewritten?)");
        }

        @Test
        void aRewrittenTailIsFoundAtThePublishedHead() {
            // rechained from 500 on: intact by itself; the published head (600) is where it shows
            List<AuditEvent> events = new ArrayList<>(CHAIN.subList(0, 499));
            ChainHead head = event(499).head();
            for (int sequence = 500; sequence <= LENGTH; sequence++) {
                AuditEvent next = AuditChain.next(head, new AuditEntry("mallory", "MODEL.REVISED", "model", "m",
                        event(sequence).occurredAt(), "SUCCESS", "rewritten " + sequence));
                events.add(next);
                head = next.head();
            }

            assertThat(verify(events).intact()).isTrue();
            assertBroken(ChainVerifier.verify(events.iterator(), event(600).head()), 600,
                    "event 600: hash differs from the published head (chain rewritten?)");
        }
    }

    @Nested
    class Incremental {

        @Test
        void resumesFromACheckpoint() {
            ChainVerification firstRun = ChainVerifier.verify(CHAIN.subList(0, 600));
            ChainVerifier resumed = ChainVerifier.startingAt(firstRun.verifiedHead());

            CHAIN.subList(600, LENGTH).forEach(resumed::accept);
            ChainVerification secondRun = resumed.result();

            assertThat(secondRun.intact()).isTrue();
            assertThat(secondRun.eventsChecked()).isEqualTo(400);
            assertThat(secondRun.verifiedHead()).isEqualTo(event(LENGTH).head());
        }

        @Test
        void aCheckpointThatDoesNotMatchTheChainIsFound() {
            ChainVerifier resumed = ChainVerifier.startingAt(new ChainHead(600, OTHER_HASH));

            assertThat(resumed.accept(event(601))).isFalse();
            ChainVerification result = resumed.result();

            assertThat(result.firstBrokenSequence()).hasValue(601);
            assertThat(result.problem())
                    .contains("event 601: previous hash does not match event 600 (reordered, inserted or deleted?)");
            assertThat(result.verifiedHead()).isEqualTo(new ChainHead(600, OTHER_HASH));
        }

        @Test
        void aGapRightAfterTheCheckpointIsFound() {
            ChainVerifier resumed = ChainVerifier.startingAt(event(600).head());
            resumed.accept(event(602));

            assertBroken(resumed.result(), 601, "event 602 follows 600: event 601 is missing (deleted?)");
        }

        @Test
        void acceptReportsWhetherTheChainIsStillIntactAndIgnoresEventsAfterABreak() {
            ChainVerifier verifier = ChainVerifier.startingAt(ChainHead.GENESIS);

            assertThat(verifier.accept(event(1))).isTrue();
            assertThat(verifier.accept(event(3))).isFalse();
            ChainVerification atBreak = verifier.result();
            assertThat(verifier.accept(event(2))).isFalse();

            assertThat(verifier.result()).isEqualTo(atBreak);
            assertThat(atBreak.eventsChecked()).isEqualTo(2);
            assertBroken(atBreak, 2, "event 3 follows 1: event 2 is missing (deleted?)");
        }

        @Test
        void stopsReadingAtTheFirstBreak() {
            List<AuditEvent> events = copy();
            events.set(9, withSummary(event(10), "edited"));
            int[] read = {0};
            Iterator<AuditEvent> counting = new Iterator<>() {
                private final Iterator<AuditEvent> inner = events.iterator();

                @Override
                public boolean hasNext() {
                    return inner.hasNext();
                }

                @Override
                public AuditEvent next() {
                    read[0]++;
                    return inner.next();
                }
            };

            ChainVerification result = ChainVerifier.verify(counting);

            assertThat(read[0]).isEqualTo(10);
            assertThat(result.eventsChecked()).isEqualTo(10);
        }

        @Test
        void aPublishedHeadMustNotBeBehindOrContradictTheCheckpoint() {
            ChainHead checkpoint = event(600).head();

            assertThat(assertInvalid(() -> ChainVerifier.startingAt(checkpoint, Optional.of(event(599).head())),
                    "publishedHead").reason()).isEqualTo("is behind the checkpoint (event 600), was event 599");
            assertThat(assertInvalid(() -> ChainVerifier.startingAt(checkpoint,
                    Optional.of(new ChainHead(600, OTHER_HASH))), "publishedHead").reason())
                    .isEqualTo("contradicts the checkpoint at event 600");
            assertThat(ChainVerifier.startingAt(checkpoint, Optional.of(checkpoint)).result().intact()).isTrue();
        }

        @Test
        void resumingChecksAPublishedHeadAhead() {
            ChainVerifier resumed = ChainVerifier.startingAt(event(600).head(), Optional.of(event(LENGTH).head()));
            CHAIN.subList(600, 900).forEach(resumed::accept);

            assertBroken(resumed.result(), 901, "the chain ends at event 900 but the published head is event 1000: "
                    + "events 901 to 1000 are missing (deleted?)");
        }

        @Test
        void refusesMissingArguments() {
            assertInvalid(() -> ChainVerifier.startingAt(null), "checkpoint");
            assertInvalid(() -> ChainVerifier.startingAt(ChainHead.GENESIS, null), "publishedHead");
            assertInvalid(() -> ChainVerifier.startingAt(ChainHead.GENESIS).accept(null), "event");
            assertInvalid(() -> ChainVerifier.verify((Iterable<AuditEvent>) null), "events");
            assertInvalid(() -> ChainVerifier.verify((Iterator<AuditEvent>) null), "events");
            assertInvalid(() -> ChainVerifier.verify(Collections.emptyIterator(), null), "publishedHead");
        }
    }
}

package io.modelgate.domain.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChainTest {

    @Test
    void theFirstEventStartsAtOneAndLinksToGenesis() {
        AuditEntry entry = AuditFixtures.entry();

        AuditEvent first = AuditChain.next(Optional.empty(), entry);

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(ChainHead.GENESIS_HASH);
        assertThat(first.hash()).isEqualTo(CanonicalForm.hash(first)).isNotEqualTo(ChainHead.GENESIS_HASH);
        assertThat(first.actor()).isEqualTo(entry.actor());
        assertThat(first.action()).isEqualTo(entry.action());
        assertThat(first.entityType()).isEqualTo(entry.entityType());
        assertThat(first.entityId()).isEqualTo(entry.entityId());
        assertThat(first.occurredAt()).isEqualTo(entry.occurredAt());
        assertThat(first.outcome()).isEqualTo(entry.outcome());
        assertThat(first.summary()).isEqualTo(entry.summary());
        assertThat(first.department()).isEqualTo(entry.department());
    }

    @Test
    void eachEventFollowsTheLastByOneAndLinksToItsHash() {
        List<AuditEvent> events = AuditFixtures.chain(5);

        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).sequence()).isEqualTo(events.get(i - 1).sequence() + 1);
            assertThat(events.get(i).previousHash()).isEqualTo(events.get(i - 1).hash());
            assertThat(events.get(i).hashMatchesContent()).isTrue();
        }
    }

    @Test
    void theHeadAloneIsEnoughToAppend() {
        AuditEvent last = AuditFixtures.chain(3).get(2);

        assertThat(AuditChain.next(last.head(), AuditFixtures.entry(4)))
                .isEqualTo(AuditChain.next(Optional.of(last), AuditFixtures.entry(4)));
        assertThat(AuditChain.next(ChainHead.GENESIS, AuditFixtures.entry(1)))
                .isEqualTo(AuditChain.next(Optional.empty(), AuditFixtures.entry(1)));
    }

    @Test
    void theSameEntryAfterADifferentEventHashesDifferently() {
        List<AuditEvent> events = AuditFixtures.chain(2);
        AuditEntry entry = AuditFixtures.entry();

        assertThat(AuditChain.next(Optional.of(events.get(0)), entry).hash())
                .isNotEqualTo(AuditChain.next(events.get(1).head(), entry).hash());
    }

    @Test
    void hashesSurviveAMicrosecondRoundTrip() {
        // PostgreSQL stores timestamptz as microseconds since 2000-01-01; simulate writing and reading it back
        Instant withNanos = Instant.parse("2024-04-01T09:30:00.123456789Z");
        AuditEntry entry = new AuditEntry("alice", "MODEL.REVISED", "model", "gpt-4o", withNanos, "SUCCESS", "s");
        AuditEvent written = AuditChain.next(Optional.empty(), entry);

        long storedMicros = ChronoUnit.MICROS.between(Instant.parse("2000-01-01T00:00:00Z"), written.occurredAt());
        Instant readBack = Instant.parse("2000-01-01T00:00:00Z").plus(storedMicros, ChronoUnit.MICROS);
        AuditEvent reloaded = new AuditEvent(written.sequence(), written.actor(), written.action(), written.entityType(),
                written.entityId(), readBack, written.outcome(), written.summary(), written.department(),
                written.previousHash(), written.hash());

        assertThat(written.occurredAt()).isEqualTo(Instant.parse("2024-04-01T09:30:00.123456Z"));
        assertThat(reloaded).isEqualTo(written);
        assertThat(reloaded.hashMatchesContent()).isTrue();
        assertThat(CanonicalForm.document(reloaded)).contains("occurredAt=27:2024-04-01T09:30:00.123456Z\n");
    }

    @Test
    void aStoredEventReloadedThroughAnEntryKeepsItsHash() {
        // redaction is idempotent and stripping is done, so rebuilding the entry changes nothing
        AuditEntry entry = new AuditEntry(" alice ", "MODEL.REVISED", "model", "gpt-4o", AuditFixtures.T0, "SUCCESS",
                " key=abc and Bearer xyz ");
        AuditEvent event = AuditChain.next(Optional.empty(), entry);
        AuditEntry again = new AuditEntry(event.actor(), event.action(), event.entityType(), event.entityId(),
                event.occurredAt(), event.outcome(), event.summary(), event.department());

        assertThat(AuditChain.next(Optional.empty(), again)).isEqualTo(event);
    }

    @Test
    void refusesMissingArguments() {
        assertInvalid(() -> AuditChain.next((Optional<AuditEvent>) null, AuditFixtures.entry()), "last");
        assertInvalid(() -> AuditChain.next(Optional.empty(), null), "entry");
        assertInvalid(() -> AuditChain.next((ChainHead) null, AuditFixtures.entry()), "head");
    }

    @Test
    void theSequenceCannotOverflow() {
        ChainHead head = new ChainHead(Long.MAX_VALUE, ChainHead.GENESIS_HASH.replace('0', 'a'));

        assertThatThrownBy(() -> AuditChain.next(head, AuditFixtures.entry())).isInstanceOf(ArithmeticException.class);
    }
}

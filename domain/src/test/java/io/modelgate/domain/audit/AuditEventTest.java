package io.modelgate.domain.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static io.modelgate.domain.audit.AuditFixtures.T0;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class AuditEventTest {

    private static final String H = ChainHead.GENESIS_HASH;

    private static AuditEvent event(long sequence, Instant occurredAt, Optional<String> department, String previousHash,
                                    String hash) {
        return new AuditEvent(sequence, "alice", "MODEL.REVISED", "model", "m", occurredAt, "SUCCESS", "s", department,
                previousHash, hash);
    }

    @Test
    void knowsItsHeadAndWhetherItsHashStillFits() {
        AuditEvent event = AuditChain.next(Optional.empty(), AuditFixtures.entry());

        assertThat(event.head()).isEqualTo(new ChainHead(1, event.hash()));
        assertThat(event.hashMatchesContent()).isTrue();
        assertThat(AuditFixtures.withSummary(event, "price per 1M input tokens 5.00→0.50").hashMatchesContent()).isFalse();
    }

    @Test
    void reloadingTakesStoredTextsAsTheyAre() {
        // Texts AuditEntry would refuse or redact must still load, or a verifier could not report them
        AuditEvent event = new AuditEvent(3, " x\n", "lower.case", "Not A Slug", "", T0, "meh",
                "key=abc123 Bearer zzz " + "s".repeat(3000), Optional.of("dept\n"), H, H);

        assertThat(event.actor()).isEqualTo(" x\n");
        assertThat(event.action()).isEqualTo("lower.case");
        assertThat(event.entityId()).isEmpty();
        assertThat(event.summary()).startsWith("key=abc123 Bearer zzz ");
        assertThat(event.department()).contains("dept\n");
    }

    @Test
    void anEmptyDepartmentIsNone() {
        assertThat(event(1, T0, Optional.of(""), H, H).department()).isEmpty();
        assertThat(event(1, T0, Optional.of(""), H, H)).isEqualTo(event(1, T0, Optional.empty(), H, H));
    }

    @Test
    void refusesSubMicrosecondInstantsInsteadOfCuttingThem() {
        Instant nanos = T0.plusNanos(1);

        assertThat(assertInvalid(() -> event(1, nanos, Optional.empty(), H, H), "occurredAt").reason())
                .startsWith("must be at microsecond precision");
        assertThat(event(1, T0.truncatedTo(ChronoUnit.SECONDS), Optional.empty(), H, H).occurredAt())
                .isEqualTo(Instant.parse("2024-04-01T09:30:00Z"));
        assertInvalid(() -> event(1, Instant.parse("+10000-01-01T00:00:00Z"), Optional.empty(), H, H), "occurredAt");
    }

    @Test
    void refusesWhatTheStoreCannotHold() {
        assertInvalid(() -> event(0, T0, Optional.empty(), H, H), "sequence");
        assertInvalid(() -> event(-1, T0, Optional.empty(), H, H), "sequence");
        assertInvalid(() -> event(1, T0, Optional.empty(), "ABC", H), "previousHash");
        assertInvalid(() -> event(1, T0, Optional.empty(), H, H.toUpperCase().replace('0', 'A')), "hash");
        assertInvalid(() -> event(1, null, Optional.empty(), H, H), "occurredAt");
        assertInvalid(() -> event(1, T0, null, H, H), "department");
        assertInvalid(() -> new AuditEvent(1, null, "A", "m", "m", T0, "S", "s", Optional.empty(), H, H), "actor");
        assertInvalid(() -> new AuditEvent(1, "a", null, "m", "m", T0, "S", "s", Optional.empty(), H, H), "action");
        assertInvalid(() -> new AuditEvent(1, "a", "A", null, "m", T0, "S", "s", Optional.empty(), H, H), "entityType");
        assertInvalid(() -> new AuditEvent(1, "a", "A", "m", null, T0, "S", "s", Optional.empty(), H, H), "entityId");
        assertInvalid(() -> new AuditEvent(1, "a", "A", "m", "m", T0, null, "s", Optional.empty(), H, H), "outcome");
        assertInvalid(() -> new AuditEvent(1, "a", "A", "m", "m", T0, "S", null, Optional.empty(), H, H), "summary");
    }
}

package io.modelgate.domain.audit;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalLong;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ChainVerificationTest {

    private static final ChainHead HEAD = new ChainHead(16, "ab".repeat(32));

    @Test
    void intactHasNoBreakAndNoProblem() {
        ChainVerification result = ChainVerification.intact(16, HEAD);

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(16);
        assertThat(result.firstBrokenSequence()).isEmpty();
        assertThat(result.problem()).isEmpty();
        assertThat(result.verifiedHead()).isEqualTo(HEAD);
    }

    @Test
    void brokenNamesTheSequenceAfterTheVerifiedHead() {
        ChainVerification result = ChainVerification.broken(17, HEAD, "event 17: content does not match its hash (edited?)");

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).hasValue(17);
        assertThat(result.problem()).contains("event 17: content does not match its hash (edited?)");
    }

    @Test
    void refusesInconsistentFindings() {
        assertInvalid(() -> new ChainVerification(true, 1, OptionalLong.of(17), Optional.empty(), HEAD),
                "firstBrokenSequence");
        assertInvalid(() -> new ChainVerification(true, 1, OptionalLong.empty(), Optional.of("x"), HEAD), "problem");
        assertInvalid(() -> new ChainVerification(false, 1, OptionalLong.empty(), Optional.of("x"), HEAD),
                "firstBrokenSequence");
        assertInvalid(() -> new ChainVerification(false, 1, OptionalLong.of(17), Optional.empty(), HEAD), "problem");
        assertInvalid(() -> new ChainVerification(false, 1, OptionalLong.of(20), Optional.of("x"), HEAD),
                "firstBrokenSequence");
        assertInvalid(() -> new ChainVerification(true, -1, OptionalLong.empty(), Optional.empty(), HEAD),
                "eventsChecked");
        assertInvalid(() -> new ChainVerification(true, 0, OptionalLong.empty(), Optional.empty(), null),
                "verifiedHead");
        assertInvalid(() -> ChainVerification.broken(1, HEAD, " "), "problem");
    }
}

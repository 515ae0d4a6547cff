package io.modelgate.domain.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ChainHeadTest {

    private static final String HASH = "62ae151273962042cf4334b4d5dfd9c28f0ea07266bc9c12abfbc85465a6829b";

    @Test
    void genesisIsSequenceZeroAndSixtyFourZeros() {
        assertThat(ChainHead.GENESIS_HASH).hasSize(64).matches("0+");
        assertThat(ChainHead.GENESIS).isEqualTo(new ChainHead(0, ChainHead.GENESIS_HASH));
        assertThat(ChainHead.GENESIS.isGenesis()).isTrue();
        assertThat(new ChainHead(1, HASH).isGenesis()).isFalse();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "abc", "62AE151273962042CF4334B4D5DFD9C28F0EA07266BC9C12ABFBC85465A6829B",
            "62ae151273962042cf4334b4d5dfd9c28f0ea07266bc9c12abfbc85465a6829", // 63
            "62ae151273962042cf4334b4d5dfd9c28f0ea07266bc9c12abfbc85465a6829bb", // 65
            "g2ae151273962042cf4334b4d5dfd9c28f0ea07266bc9c12abfbc85465a6829b"})
    void refusesAnythingButSixtyFourLowerCaseHexDigits(String hash) {
        assertThat(assertInvalid(() -> new ChainHead(1, hash), "hash").reason()).startsWith("must be 64 lower-case hex");
    }

    @Test
    void refusesNegativeSequencesAndMissingHash() {
        assertInvalid(() -> new ChainHead(-1, HASH), "sequence");
        assertInvalid(() -> new ChainHead(1, null), "hash");
    }

    @Test
    void sequenceZeroIsOnlyTheGenesis() {
        assertThat(assertInvalid(() -> new ChainHead(0, HASH), "hash").reason())
                .isEqualTo("must be the genesis hash at sequence 0");
    }

    @Test
    void laterHeadsMayHaveAnyHash() {
        // a zero hash after genesis is not forbidden: the verifier, not the value, judges a chain
        assertThat(new ChainHead(7, ChainHead.GENESIS_HASH).sequence()).isEqualTo(7);
    }
}

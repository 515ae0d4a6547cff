package io.modelgate.domain.audit;

import io.modelgate.domain.shared.Require;

import java.util.regex.Pattern;

/**
 * The newest event of a chain, by sequence and hash: what a new event links to, where a verifier
 * resumes, and what the application should keep outside the database to notice a deleted tail
 * or a rewritten chain (see the package documentation).
 *
 * @param sequence 0 for the empty chain, else the newest event's sequence
 * @param hash     lower-case hex SHA-256; {@link #GENESIS_HASH} for the empty chain
 */
public record ChainHead(long sequence, String hash) {

    // before GENESIS: its constructor needs the pattern
    private static final Pattern HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** What the first event's {@code previousHash} is: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);
    /** The head of the empty chain. */
    public static final ChainHead GENESIS = new ChainHead(0, GENESIS_HASH);

    public ChainHead {
        Require.nonNegative(sequence, "sequence");
        requireHash(hash, "hash");
        Require.that(sequence != 0 || hash.equals(GENESIS_HASH), "hash", "must be the genesis hash at sequence 0");
    }

    public boolean isGenesis() {
        return sequence == 0;
    }

    static String requireHash(String value, String field) {
        Require.present(value, field);
        Require.that(HEX_SHA_256.matcher(value).matches(), field,
                "must be 64 lower-case hex digits (a SHA-256), was '" + value + "'");
        return value;
    }
}

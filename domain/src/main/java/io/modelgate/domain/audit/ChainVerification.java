package io.modelgate.domain.audit;

import io.modelgate.domain.shared.Require;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a verification found. A broken chain is an expected finding, so it is a value, not an
 * exception.
 *
 * @param intact              whether every event checked, and the published head if one was given, agree
 * @param eventsChecked       how many events were read; reading stops at the first break
 * @param firstBrokenSequence the first sequence the chain cannot vouch for: every event before it
 *                            verified, this one is missing, changed or badly linked. Always
 *                            {@code verifiedHead.sequence() + 1}
 * @param problem             what is wrong there, in a sentence
 * @param verifiedHead        the newest event that verified (the starting checkpoint when none did).
 *                            For an intact chain this is its head: keep it outside the database and
 *                            pass it to the next verification, because the chain alone cannot show
 *                            that its newest events were deleted
 */
public record ChainVerification(boolean intact, long eventsChecked, OptionalLong firstBrokenSequence,
                                Optional<String> problem, ChainHead verifiedHead) {

    public ChainVerification {
        Require.nonNegative(eventsChecked, "eventsChecked");
        Require.present(firstBrokenSequence, "firstBrokenSequence");
        Require.present(problem, "problem");
        Require.present(verifiedHead, "verifiedHead");
        Require.that(intact == firstBrokenSequence.isEmpty(), "firstBrokenSequence",
                intact ? "must be absent when the chain is intact" : "is required when the chain is broken");
        Require.that(intact == problem.isEmpty(), "problem",
                intact ? "must be absent when the chain is intact" : "is required when the chain is broken");
        Require.that(intact || firstBrokenSequence.getAsLong() == verifiedHead.sequence() + 1, "firstBrokenSequence",
                "must follow the verified head");
    }

    public static ChainVerification intact(long eventsChecked, ChainHead head) {
        return new ChainVerification(true, eventsChecked, OptionalLong.empty(), Optional.empty(), head);
    }

    public static ChainVerification broken(long eventsChecked, ChainHead verifiedHead, String problem) {
        return new ChainVerification(false, eventsChecked, OptionalLong.of(verifiedHead.sequence() + 1),
                Optional.of(Require.text(problem, "problem", 500)), verifiedHead);
    }
}

package io.modelgate.domain.cost;

import io.modelgate.domain.shared.Require;

import java.util.OptionalLong;

/**
 * The monthly volume from which self-hosting costs strictly less than an API and keeps costing
 * less at every higher volume, at one per-request token profile.
 *
 * @param requestsPerMonth for AT_VOLUME, the smallest such number of requests a month
 * @param tokensPerMonth   for AT_VOLUME, the same volume in tokens (requests &times; tokens per request)
 * @param sentence         the finding in words, for reviewers
 */
public record BreakEven(Kind kind, OptionalLong requestsPerMonth, OptionalLong tokensPerMonth, String sentence) {

    public enum Kind {
        /** The API costs less or the same at every volume. */
        NEVER,
        /** Self-hosting costs less at every volume from one request a month. */
        ALWAYS,
        /** Self-hosting costs less from {@link #requestsPerMonth()} on, and not below it. */
        AT_VOLUME
    }

    public BreakEven {
        Require.present(kind, "breakEven.kind");
        Require.present(requestsPerMonth, "breakEven.requestsPerMonth");
        Require.present(tokensPerMonth, "breakEven.tokensPerMonth");
        sentence = Require.text(sentence, "breakEven.sentence", 1000);
        boolean atVolume = kind == Kind.AT_VOLUME;
        Require.that(requestsPerMonth.isPresent() == atVolume, "breakEven.requestsPerMonth",
                "is given for AT_VOLUME only");
        Require.that(tokensPerMonth.isPresent() == atVolume, "breakEven.tokensPerMonth",
                "is given for AT_VOLUME only");
        requestsPerMonth.ifPresent(r -> Require.that(r >= 2, "breakEven.requestsPerMonth",
                "is at least 2 (self-hosting cheaper from 1 request is ALWAYS)"));
        tokensPerMonth.ifPresent(t -> Require.positive(t, "breakEven.tokensPerMonth"));
    }

    static BreakEven never(String sentence) {
        return new BreakEven(Kind.NEVER, OptionalLong.empty(), OptionalLong.empty(), sentence);
    }

    static BreakEven always(String sentence) {
        return new BreakEven(Kind.ALWAYS, OptionalLong.empty(), OptionalLong.empty(), sentence);
    }

    static BreakEven atVolume(long requests, long tokens, String sentence) {
        return new BreakEven(Kind.AT_VOLUME, OptionalLong.of(requests), OptionalLong.of(tokens), sentence);
    }
}

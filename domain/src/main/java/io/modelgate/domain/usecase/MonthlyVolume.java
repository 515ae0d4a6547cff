package io.modelgate.domain.usecase;

import io.modelgate.domain.shared.InvalidValueException;

/**
 * How much a use case expects to call the model in a month: a number of requests and the average
 * tokens each request sends (input) and receives (output).
 *
 * <p>Bounds keep every derived figure exact in a {@code long}: at most {@value #MAX_REQUESTS_PER_MONTH}
 * requests a month and at most {@value #MAX_AVERAGE_TOKENS} tokens on average each way, so a month is
 * at most 2&times;10<sup>16</sup> tokens each way and 4&times;10<sup>16</sup> in total.
 */
public record MonthlyVolume(long requestsPerMonth, long averageInputTokens, long averageOutputTokens) {

    public static final long MAX_REQUESTS_PER_MONTH = 10_000_000_000L;
    public static final long MAX_AVERAGE_TOKENS = 2_000_000L;

    public MonthlyVolume {
        within(requestsPerMonth, MAX_REQUESTS_PER_MONTH, "volume.requestsPerMonth");
        within(averageInputTokens, MAX_AVERAGE_TOKENS, "volume.averageInputTokens");
        within(averageOutputTokens, MAX_AVERAGE_TOKENS, "volume.averageOutputTokens");
    }

    /** No requests at all. */
    public static MonthlyVolume none() {
        return new MonthlyVolume(0, 0, 0);
    }

    /** The same per-request token profile at another number of requests a month. */
    public MonthlyVolume withRequestsPerMonth(long requests) {
        return new MonthlyVolume(requests, averageInputTokens, averageOutputTokens);
    }

    public long inputTokensPerMonth() {
        return Math.multiplyExact(requestsPerMonth, averageInputTokens);
    }

    public long outputTokensPerMonth() {
        return Math.multiplyExact(requestsPerMonth, averageOutputTokens);
    }

    public long totalTokensPerMonth() {
        return Math.addExact(inputTokensPerMonth(), outputTokensPerMonth());
    }

    /** Input plus output tokens of one average request. */
    public long tokensPerRequest() {
        return Math.addExact(averageInputTokens, averageOutputTokens);
    }

    public boolean isZero() {
        return totalTokensPerMonth() == 0;
    }

    private static void within(long value, long max, String field) {
        if (value < 0 || value > max) {
            throw new InvalidValueException(field, "must be between 0 and " + max + " (was " + value + ")");
        }
    }
}

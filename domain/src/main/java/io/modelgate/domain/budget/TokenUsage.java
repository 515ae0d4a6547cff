package io.modelgate.domain.budget;

import io.modelgate.domain.shared.Require;

/**
 * Tokens a call consumed. {@code reported} is false when the provider gave no usage (a stream cut
 * short) and the figures are the gateway's own count.
 */
public record TokenUsage(long inputTokens, long outputTokens, boolean reported) {

    public TokenUsage {
        Require.nonNegative(inputTokens, "usage.inputTokens");
        Require.nonNegative(outputTokens, "usage.outputTokens");
    }
}

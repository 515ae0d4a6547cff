package io.modelgate.domain.chat;

import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.shared.Require;

import java.time.Duration;

/**
 * A provider's answer, mapped to neutral terms. {@code finishReason} uses OpenAI's words (stop, length…).
 *
 * @param upstreamTime how long the provider took, from sending the request to the end of its answer: the
 *                     gateway subtracts it from the call's total to measure its own overhead
 */
public record ChatCompletion(String content, String finishReason, TokenUsage usage, String upstreamModel,
                             Duration upstreamTime) {

    public ChatCompletion {
        Require.present(upstreamTime, "upstreamTime");
    }

    /** An answer whose upstream time was not measured. */
    public ChatCompletion(String content, String finishReason, TokenUsage usage, String upstreamModel) {
        this(content, finishReason, usage, upstreamModel, Duration.ZERO);
    }
}

package io.modelgate.application.gateway.port.out;

/** A provider's answer, mapped to neutral terms. {@code finishReason} uses OpenAI's words (stop, length…). */
public record ChatCompletion(String content, String finishReason, TokenUsage usage, String upstreamModel) {
}

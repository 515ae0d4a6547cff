package io.modelgate.domain.chat;

import io.modelgate.domain.shared.Require;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A chat completion as the gateway forwards it: provider-neutral. {@code maxTokens} is always set
 * (the gateway caps it) because the budget reservation depends on it.
 */
public record ChatRequest(List<ChatMessage> messages, int maxTokens, Optional<BigDecimal> temperature) {

    public ChatRequest {
        Require.notEmpty(messages, "messages");
        messages = List.copyOf(messages);
        Require.positive(maxTokens, "max_tokens");
        Require.present(temperature, "temperature");
    }
}

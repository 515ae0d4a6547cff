package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.shared.Require;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A chat completion through the gateway, as the caller asked for it.
 *
 * @param maxTokens the caller's output limit; the gateway's default when absent, capped by its maximum
 */
public record ChatCall(GatewayCall call, List<ChatMessage> messages, OptionalInt maxTokens,
                       Optional<BigDecimal> temperature) {

    public ChatCall {
        Require.present(call, "call");
        Require.notEmpty(messages, "messages");
        messages = List.copyOf(messages);
        Require.present(maxTokens, "max_tokens");
        maxTokens.ifPresent(m -> Require.positive(m, "max_tokens"));
        Require.present(temperature, "temperature");
        temperature.ifPresent(t -> Require.that(t.signum() >= 0 && t.compareTo(BigDecimal.valueOf(2)) <= 0,
                "temperature", "must be between 0 and 2"));
    }
}

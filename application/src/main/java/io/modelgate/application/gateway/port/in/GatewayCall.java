package io.modelgate.application.gateway.port.in;

import io.modelgate.application.gateway.port.out.ChatMessage;
import io.modelgate.application.shared.Actor;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.TaskCategory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One call through the gateway, as the caller asked for it.
 *
 * @param requestId the caller's idempotency key (X-Request-Id) or a fresh one; the ledger keeps one record per id
 * @param model     a catalog model, or empty for "auto" (the routing policy chooses)
 * @param declared  the X-Data-Classification header; the department default applies when absent
 */
public record GatewayCall(Actor actor, String requestId, Optional<ModelId> model, List<ChatMessage> messages,
                          OptionalInt maxTokens, Optional<BigDecimal> temperature,
                          Optional<DataClassification> declared, TaskCategory task) {

    public GatewayCall {
        Require.present(actor, "actor");
        Require.text(requestId, "X-Request-Id", 100);
        Require.present(model, "model");
        Require.notEmpty(messages, "messages");
        messages = List.copyOf(messages);
        Require.present(maxTokens, "max_tokens");
        maxTokens.ifPresent(m -> Require.positive(m, "max_tokens"));
        Require.present(temperature, "temperature");
        temperature.ifPresent(t -> Require.that(t.signum() >= 0 && t.compareTo(BigDecimal.valueOf(2)) <= 0,
                "temperature", "must be between 0 and 2"));
        Require.present(declared, "X-Data-Classification");
        Require.present(task, "X-Task-Category");
    }
}

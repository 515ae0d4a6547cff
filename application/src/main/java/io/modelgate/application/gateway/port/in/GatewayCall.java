package io.modelgate.application.gateway.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.ledger.RequestId;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.TaskCategory;

import java.util.Optional;

/**
 * What every governed call carries, whatever its kind (chat, embeddings): who calls, under which request
 * id, for which model, with which declared data and task. Checked whole before anything is reserved or sent.
 *
 * @param requestId the department's idempotency key (X-Request-Id) or a fresh one
 * @param model     a catalog model, or empty for "auto" (the routing policy chooses)
 * @param declared  the X-Data-Classification header; the department default applies when absent
 */
public record GatewayCall(Actor actor, RequestId requestId, Optional<ModelId> model,
                          Optional<DataClassification> declared, TaskCategory task) {

    public GatewayCall {
        Require.present(actor, "actor");
        Require.present(requestId, "X-Request-Id");
        Require.present(model, "model");
        Require.present(declared, "X-Data-Classification");
        Require.present(task, "X-Task-Category");
        // The caller's subject is written to the ledger and the audit trail: a control character there would
        // be refused by the database after the provider answered, so it is refused here, before anything.
        if (actor.subject().codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("sub", "the token's subject must not contain control characters");
        }
    }
}

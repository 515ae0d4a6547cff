package io.modelgate.application.gateway.port.in;

import io.modelgate.application.gateway.port.out.ChatStream;
import io.modelgate.application.gateway.port.out.StreamCall;
import io.modelgate.application.shared.Actor;

import java.util.List;

/**
 * Use case: a department's call to a model through the gateway. Allowed only through a live approval,
 * routed by the hybrid policy, reserved against the budget before the provider is asked, settled to
 * the tokens actually used, and recorded in the ledger and the audit trail.
 */
public interface CompleteChat {

    /** @throws GatewayRefusedException when a rule or the budget refuses, or every provider failed */
    GatewayAnswer complete(GatewayCall call);

    /**
     * Decides and reserves synchronously (refusals are thrown before anything is streamed), then
     * streams into {@code sink}; settles and records when the stream ends, fails or is cancelled.
     */
    Streaming stream(GatewayCall call, ChatStream sink);

    /** The models this caller may use now (live approvals, allowed by policy, not retired). */
    List<Offer> models(Actor actor);

    record Streaming(String requestId, io.modelgate.domain.catalog.ModelId model,
                     io.modelgate.domain.catalog.DeploymentKind deployment,
                     io.modelgate.domain.classification.DataClassification classification, StreamCall call) {
    }

    record Offer(io.modelgate.domain.catalog.ModelId model, String name,
                 io.modelgate.domain.catalog.DeploymentKind deployment,
                 io.modelgate.domain.classification.DataClassification upTo,
                 java.util.Set<io.modelgate.domain.usecase.TaskCategory> tasks, java.time.Instant validUntil) {
    }
}

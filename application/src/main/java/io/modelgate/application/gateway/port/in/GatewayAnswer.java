package io.modelgate.application.gateway.port.in;

import io.modelgate.application.gateway.port.out.ChatCompletion;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;

/** What the gateway answered, and how it decided: the route, the effective level, the cost. */
public record GatewayAnswer(String requestId, ChatCompletion completion, ModelId model, DeploymentKind deployment,
                            DataClassification classification, long costMicros, int attempts) {
}

package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.chat.ChatCompletion;
import io.modelgate.domain.ledger.RequestId;

/** What the gateway answered, and how it decided: the route, the effective level, the cost. */
public record GatewayAnswer(RequestId requestId, ChatCompletion completion, Governed governed, long costMicros,
                            int attempts) {
}

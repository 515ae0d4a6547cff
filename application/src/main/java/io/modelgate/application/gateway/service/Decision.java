package io.modelgate.application.gateway.service;

import io.modelgate.application.gateway.port.in.GatewayCall;
import io.modelgate.domain.classification.EffectiveClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.Refusal;
import io.modelgate.domain.routing.RouteOption;

import java.time.YearMonth;
import java.util.List;

/**
 * What was decided about a call before any provider is asked: whose budget and month it is charged to,
 * its effective classification, how much it may use, and where it may go — or the rule that refused it.
 */
sealed interface Decision permits Decision.Routed, Decision.Refused {

    GatewayCall call();

    DepartmentId department();

    EffectiveClassification classification();

    /** The call may go to these candidates, best first. */
    record Routed(GatewayCall call, DepartmentId department, EffectiveClassification classification,
                  YearMonth month, long promptTokens, int maxOutputTokens, List<RouteOption> ranked)
            implements Decision {
        public Routed {
            ranked = List.copyOf(ranked);
        }
    }

    /** A rule refused the call. */
    record Refused(GatewayCall call, DepartmentId department, EffectiveClassification classification,
                   Refusal refusal, String sentence) implements Decision {
    }
}

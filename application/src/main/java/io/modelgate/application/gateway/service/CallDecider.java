package io.modelgate.application.gateway.service;

import io.modelgate.application.classification.port.out.DepartmentDefaults;
import io.modelgate.application.gateway.port.in.GatewayCall;
import io.modelgate.application.shared.AccessRefusedException;
import io.modelgate.application.shared.Actor;
import io.modelgate.domain.classification.ContentDetector;
import io.modelgate.domain.classification.EffectiveClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.Refusal;
import io.modelgate.domain.routing.RoutingDecision;
import io.modelgate.domain.routing.RoutingRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Decide, the first step of a governed call: the department, the effective classification (the strictest
 * of the declared level, the department's default and what the content check finds), and the candidates
 * of the department's routes for that level and task. Reads only the routing snapshot: no I/O on the way
 * unless the snapshot is reloaded.
 */
final class CallDecider {

    private final RouteSource routes;
    private final DepartmentDefaults departmentDefaults;
    private final ContentDetector detector;
    private final GatewaySettings settings;
    private final Clock clock;

    CallDecider(RouteSource routes, DepartmentDefaults departmentDefaults, ContentDetector detector,
                GatewaySettings settings, Clock clock) {
        this.routes = routes;
        this.departmentDefaults = departmentDefaults;
        this.detector = detector;
        this.settings = settings;
        this.clock = clock;
    }

    Decision decide(GatewayCall call, CallContent content) {
        DepartmentId department = department(call.actor());
        EffectiveClassification classification = EffectiveClassification.of(call.declared(),
                departmentDefaults.defaultClassification(call.actor().department()),
                detector.inspect(content.inspectedText()));
        Instant now = clock.instant();
        RoutingDecision routing = routes.of(department)
                .route(new RoutingRequest(classification.level(), call.task(), call.model(), now));
        if (routing instanceof RoutingDecision.Refused refused) {
            return new Decision.Refused(call, department, classification, Refusal.of(refused.reason()),
                    refused.sentence());
        }
        return new Decision.Routed(call, department, classification, YearMonth.from(now.atZone(settings.budgetZone())),
                content.promptTokens(), content.maxOutputTokens(), ((RoutingDecision.Routed) routing).ranked());
    }

    /** The caller's output limit, the gateway's default when absent, never above its cap. */
    int maxOutputTokens(java.util.OptionalInt asked) {
        return Math.min(asked.orElse(settings.defaultMaxTokens()), settings.maxTokensCap());
    }

    static DepartmentId department(Actor actor) {
        return actor.department().map(DepartmentId::new).orElseThrow(() -> new AccessRefusedException(
                "ACCESS.NO_DEPARTMENT", "your token carries no department claim; gateway calls are charged to one"));
    }
}

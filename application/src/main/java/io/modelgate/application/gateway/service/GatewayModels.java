package io.modelgate.application.gateway.service;

import io.modelgate.application.gateway.port.in.ListGatewayModels;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.shared.Actor;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.routing.RouteOption;
import io.modelgate.domain.routing.RoutingTable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The models a caller may use now: the department's live approvals that the policy allows, whose model is not
 * retired and whose deployment this installation serves (an approved route without an endpoint is not offered).
 */
public final class GatewayModels implements ListGatewayModels {

    private final RouteSource routes;
    private final ProviderDirectory directory;
    private final Clock clock;

    public GatewayModels(RouteSource routes, ProviderDirectory directory, Clock clock) {
        this.routes = routes;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public List<Offer> models(Actor actor) {
        RoutingTable table = routes.of(CallDecider.department(actor)).table();
        ClassificationPolicy policy = table.policy();
        Instant now = clock.instant();
        List<Offer> offers = new ArrayList<>();
        for (RouteOption option : table.options()) {
            Approval approval = option.approval();
            if (approval.isLiveAt(now) && option.model().lifecycle() != Lifecycle.RETIRED
                    && policy.decide(option.deployment(), approval.highestClassification()).allowed()
                    && directory.endpointFor(option.model().id(), option.deployment().kind()).isPresent()) {
                offers.add(new Offer(option.model().id(), option.model().spec().name(), option.deployment().kind(),
                        approval.highestClassification(), approval.taskCategories(), approval.validUntil()));
            }
        }
        return offers;
    }
}

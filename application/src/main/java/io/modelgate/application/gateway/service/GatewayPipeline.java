package io.modelgate.application.gateway.service;

import io.modelgate.application.classification.port.out.DepartmentDefaults;
import io.modelgate.application.cost.port.out.ExchangeRateSource;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.gateway.port.out.Settlements;
import io.modelgate.application.shared.Audit;
import io.modelgate.domain.classification.ContentDetector;

/**
 * The three steps every governed call goes through — decide, attempt, settle — made once and shared by the
 * services of each call kind, so that the rules of governance are the same for all of them.
 */
public final class GatewayPipeline {

    private final CallDecider decider;
    private final Attempts attempts;
    private final CallLedger ledger;

    public GatewayPipeline(RouteSource routes, DepartmentDefaults departmentDefaults, ContentDetector detector,
                           ProviderDirectory directory, CallReservations reservations, Settlements settlements,
                           Breakers breakers, Audit audit, ExchangeRateSource rates, GatewaySettings settings) {
        this.decider = new CallDecider(routes, departmentDefaults, detector, settings, audit.clock());
        this.ledger = new CallLedger(settlements, audit, rates.defaultCurrency(), rates.rates());
        this.attempts = new Attempts(directory, reservations, breakers, ledger, rates.defaultCurrency(), rates.rates(),
                audit.clock());
    }

    CallDecider decider() {
        return decider;
    }

    Attempts attempts() {
        return attempts;
    }

    CallLedger ledger() {
        return ledger;
    }
}

package io.modelgate.application.gateway.service;

import io.modelgate.application.gateway.port.in.GatewayRefusedException;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.gateway.port.out.Settlements;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.budget.CallCost;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.classification.EffectiveClassification;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.ledger.CallOutcome;
import io.modelgate.domain.ledger.Refusal;
import io.modelgate.domain.routing.RouteOption;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * Settle, the last step of a governed call: what it leaves in the usage ledger and the audit trail, handed to
 * {@link Settlements} (durable when this returns, committed in batches, applied once). Every path after a
 * reservation ends here exactly once: settled, or released.
 */
final class CallLedger {

    static final String ENTITY = "gateway-call";
    static final String CALL = "GATEWAY.CALL";
    static final String REFUSED = "GATEWAY.REFUSED";

    private final Settlements settlements;
    private final Audit audit;
    private final Currency currency;
    private final ExchangeRates rates;

    CallLedger(Settlements settlements, Audit audit, Currency currency, ExchangeRates rates) {
        this.settlements = settlements;
        this.audit = audit;
        this.currency = currency;
        this.rates = rates;
    }

    /** Records a refusal and returns the exception to throw; nothing was reserved. */
    GatewayRefusedException refuse(Decision decision, Refusal refusal, String sentence) {
        Actor actor = decision.call().actor();
        UsageRecord line = UsageRecord.refused(decision.call().requestId(), now(), decision.department(),
                actor.subject(), decision.classification().level(), currency, refusal);
        AuditEntry event = audit.entry(actor, REFUSED, ENTITY, decision.call().requestId(), "REFUSED",
                refusal.name() + ": " + sentence);
        // a request id in use belongs to another call: its line stays that call's, the refusal leaves its event
        settlements.submit(refusal == Refusal.REQUEST_ID_IN_USE ? Settlement.eventOnly(event)
                : Settlement.unreserved(line, event));
        return new GatewayRefusedException(refusal, sentence + raisedBy(decision.classification()));
    }

    /** Records a call that no candidate answered; every attempt's reservation was released already. */
    GatewayRefusedException unanswered(Decision.Routed decision, int attempts, long latencyMillis,
                                       Optional<String> lastFailure) {
        Actor actor = decision.call().actor();
        UsageRecord line = UsageRecord.unanswered(decision.call().requestId(), now(), decision.department(),
                actor.subject(), decision.classification().level(), currency, latencyMillis, attempts);
        AuditEntry event = audit.entry(actor, CALL, ENTITY, decision.call().requestId(), "PROVIDER_ERROR",
                "no provider answered after " + attempts + " attempt(s)" + lastFailure.map(f -> ": " + f).orElse(""));
        settlements.submit(Settlement.unreserved(line, event));
        return new GatewayRefusedException(Refusal.PROVIDERS_UNAVAILABLE,
                "no approved provider could answer" + lastFailure.map(f -> " (last: " + f + ")").orElse(""));
    }

    /**
     * Settles an attempt a provider answered (in full, cut short, or failed mid-stream): the reservation
     * closes, the usage is charged — never more than the reservation, which bounds the call — and the line and
     * its event are written. Returns what was charged.
     */
    long settle(Decision.Routed decision, RouteOption option, InFlightCall reserved, TokenUsage usage,
                long latencyMillis, int attempts, CallOutcome outcome) {
        long charged = Math.min(cost(option, usage), reserved.reservedMicros());
        Actor actor = decision.call().actor();
        UsageRecord line = UsageRecord.settled(decision.call().requestId(), now(), decision.department(),
                actor.subject(), reserved.route(), decision.classification().level(), usage, charged, currency,
                latencyMillis, attempts, outcome);
        AuditEntry event = audit.entry(actor, CALL, ENTITY, decision.call().requestId(), outcome.name(),
                option.model().id() + " " + option.deployment().kind() + ", " + decision.classification().level()
                        + ", " + usage.inputTokens() + "+" + usage.outputTokens() + " tokens, "
                        + charged + " micro-" + currency.getCurrencyCode());
        AuditEntry softAlert = audit.entry(actor, "BUDGET.SOFT_ALERT", "budget",
                decision.department().value() + "/" + decision.month(), "ALERT",
                "spending crossed the soft alert threshold for " + decision.month());
        settlements.submit(new Settlement(Optional.of(new Settlement.Charge(reserved.reservationId(),
                decision.department(), decision.month(), reserved.reservedMicros(), charged)), Optional.of(line),
                Optional.of(event), Optional.of(softAlert)));
        return charged;
    }

    /** A release the database could not take now: queued like a settlement, applied once. */
    void releaseLater(InFlightCall reserved) {
        settlements.submit(Settlement.release(reserved));
    }

    private long cost(RouteOption option, TokenUsage usage) {
        return CallCost.of(option.deployment(), usage.inputTokens(), usage.outputTokens(), currency, rates).micros();
    }

    private static String raisedBy(EffectiveClassification classification) {
        return classification.raisedByContent()
                ? " (the effective level is " + classification.level() + ": " + classification.explanation() + ")"
                : "";
    }

    private Instant now() {
        return audit.clock().instant();
    }
}

package io.modelgate.application.gateway.service;

import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.shared.StoreUnavailableException;
import io.modelgate.domain.budget.MicroAmount;
import io.modelgate.domain.budget.Reservation;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.ledger.Refusal;
import io.modelgate.domain.routing.CircuitBreaker;
import io.modelgate.domain.routing.RouteOption;

import java.time.Clock;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Attempt, the middle step of a governed call: the one loop over the candidates, for every kind of call.
 * For each candidate in rank order: an endpoint must serve it; its circuit must let the call through (asked
 * before anything is reserved); the reservation — budget, write-ahead row and request id, one statement —
 * must open, and that statement says why when it does not; then the provider is invoked. An attempt that
 * fails before the provider accepted it gives its reservation back at once and, when the failure allows,
 * the next candidate is tried. The first accepted attempt is handed back with its open reservation, which
 * the caller settles exactly once.
 */
final class Attempts {

    /** How one kind of call invokes a provider; the stage completes when the provider accepted the call. */
    @FunctionalInterface
    interface Invocation<A> {
        CompletionStage<A> invoke(ProviderEndpoint endpoint, InFlightCall reserved, Attempt<Void> attempt);
    }

    /** An accepted attempt: where it went, its open reservation, and what the provider gave so far. */
    record Attempt<A>(RouteOption option, ProviderEndpoint endpoint, InFlightCall reserved, CircuitBreaker breaker,
                      int attempts, long startedNanos, A accepted) {
        <B> Attempt<B> with(B value) {
            return new Attempt<>(option, endpoint, reserved, breaker, attempts, startedNanos, value);
        }
    }

    private final ProviderDirectory directory;
    private final CallReservations reservations;
    private final Breakers breakers;
    private final CallLedger ledger;
    private final Currency currency;
    private final ExchangeRates rates;
    private final Clock clock;

    Attempts(ProviderDirectory directory, CallReservations reservations, Breakers breakers, CallLedger ledger,
             Currency currency, ExchangeRates rates, Clock clock) {
        this.directory = directory;
        this.reservations = reservations;
        this.breakers = breakers;
        this.ledger = ledger;
        this.currency = currency;
        this.rates = rates;
        this.clock = clock;
    }

    /**
     * Runs the candidates until one accepts. The stage fails with the budget's or the request id's refusal
     * (recorded), with {@code PROVIDERS_UNAVAILABLE} when none accepted (recorded), or with a store failure
     * (nothing was sent to a provider).
     */
    <A> CompletionStage<Attempt<A>> run(Decision.Routed decision, long startedNanos, Invocation<A> invocation) {
        return attempt(decision, startedNanos, invocation, 0, 0, Optional.empty());
    }

    private <A> CompletionStage<Attempt<A>> attempt(Decision.Routed decision, long startedNanos,
                                                  Invocation<A> invocation, int index, int attempts,
                                                  Optional<String> lastFailure) {
        if (index == decision.ranked().size()) {
            return CompletableFuture.failedFuture(ledger.unanswered(decision, attempts, elapsedMillis(startedNanos),
                    lastFailure));
        }
        RouteOption option = decision.ranked().get(index);
        Optional<ProviderEndpoint> configured = directory.endpointFor(option.model().id(), option.deployment().kind());
        if (configured.isEmpty()) {
            // approved, but not served by this installation: the next candidate, and the refusal names it
            return attempt(decision, startedNanos, invocation, index + 1, attempts,
                    Optional.of(directory.unavailableReason(option.model().id(), option.deployment().kind())));
        }
        ProviderEndpoint endpoint = configured.get();
        CircuitBreaker breaker = breakers.of(endpoint);
        if (!breaker.tryAcquire(clock.instant())) {
            return attempt(decision, startedNanos, invocation, index + 1, attempts,
                    Optional.of(endpoint.name() + " is switched off after repeated failures"));
        }
        InFlightCall reserved = inFlight(decision, option);
        CallReservations.Opened opened;
        try {
            opened = reservations.open(reserved);
        } catch (RuntimeException e) {
            breaker.returnPermit();
            return CompletableFuture.failedFuture(e);
        }
        if (opened != CallReservations.Opened.OPENED) {
            breaker.returnPermit();
            return CompletableFuture.failedFuture(refusal(decision, reserved, opened));
        }
        Attempt<Void> attempt = new Attempt<>(option, endpoint, reserved, breaker, attempts + 1, startedNanos, null);
        CompletionStage<A> invoked;
        try {
            invoked = invocation.invoke(endpoint, reserved, attempt);
        } catch (RuntimeException e) {
            invoked = CompletableFuture.failedFuture(e);
        }
        return invoked.handle((accepted, error) -> {
            if (error == null) {
                breaker.onSuccess(clock.instant());
                return CompletableFuture.completedFuture(attempt.with(accepted));
            }
            release(reserved);
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (!(cause instanceof ProviderFailure failure)) {
                // the gateway's own fault: the call is recorded as unanswered, and the error goes on to the caller
                ledger.unanswered(decision, attempts + 1, elapsedMillis(startedNanos),
                        Optional.of("the gateway failed (" + cause.getClass().getSimpleName() + ")"));
                return CompletableFuture.<Attempt<A>>failedFuture(cause);
            }
            if (failure.countsAgainstEndpoint()) {
                breaker.onFailure(clock.instant());
            }
            if (!failure.retryable()) {
                return CompletableFuture.<Attempt<A>>failedFuture(ledger.unanswered(decision, attempts + 1,
                        elapsedMillis(startedNanos), Optional.of(failure.getMessage())));
            }
            return attempt(decision, startedNanos, invocation, index + 1, attempts + 1,
                    Optional.of(failure.getMessage()));
        }).thenCompose(next -> next);
    }

    /** The reservation of one attempt: the call's maximum cost on this candidate. */
    private InFlightCall inFlight(Decision.Routed decision, RouteOption option) {
        long micros = Reservation.maxFor(option.deployment(), decision.promptTokens(), decision.maxOutputTokens(),
                currency, rates).amount().micros();
        return new InFlightCall(UUID.randomUUID().toString(), decision.call().requestId(), decision.department(),
                decision.month(), micros, currency, decision.call().actor().subject(), option.model().id(),
                option.deployment().kind(), option.approval().id(), decision.classification().level(),
                clock.instant());
    }

    private Throwable refusal(Decision.Routed decision, InFlightCall reserved, CallReservations.Opened opened) {
        return switch (opened) {
            case BUDGET_EXCEEDED -> ledger.refuse(decision, Refusal.BUDGET_EXCEEDED, "the call could cost up to "
                    + new MicroAmount(reserved.reservedMicros(), currency).format()
                    + ", more than the department's budget for " + decision.month() + " has left");
            case NO_BUDGET -> ledger.refuse(decision, Refusal.NO_BUDGET,
                    "department " + decision.department() + " has no budget for " + decision.month());
            case REQUEST_ID_IN_USE -> ledger.refuse(decision, Refusal.REQUEST_ID_IN_USE, "request id "
                    + decision.call().requestId() + " of department " + decision.department()
                    + " names a call that is in flight or was answered; send a new X-Request-Id");
            case OPENED -> throw new IllegalStateException("an opened reservation is no refusal");
        };
    }

    /**
     * Gives an attempt's reservation back at once, so that the next candidate can use it (and its request id).
     * If the database is gone meanwhile, the release is queued like a settlement.
     */
    void release(InFlightCall reserved) {
        try {
            reservations.release(reserved.reservationId());
        } catch (StoreUnavailableException e) {
            ledger.releaseLater(reserved);
        }
    }

    static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}

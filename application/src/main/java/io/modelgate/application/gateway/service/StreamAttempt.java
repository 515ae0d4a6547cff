package io.modelgate.application.gateway.service;

import io.modelgate.application.gateway.port.in.Governed;
import io.modelgate.application.gateway.port.in.StartedStream;
import io.modelgate.application.gateway.port.in.StreamListener;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.ProviderStream;
import io.modelgate.application.gateway.port.out.StreamCall;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.ledger.CallOutcome;
import io.modelgate.domain.ledger.RequestId;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One streamed attempt, between the provider's stream and the caller's listener. The provider has
 * accepted the call at its first delta (or its end): until then a failure only fails the attempt, and the
 * next candidate is tried; after it, bytes have reached the caller, so the stream cannot switch provider
 * and its end — complete, failed, or cut short by the caller — is settled once, before the caller hears it.
 */
final class StreamAttempt implements ProviderStream, StartedStream {

    private final Decision.Routed decision;
    private final Attempts.Attempt<Void> attempt;
    private final StreamListener listener;
    private final CallLedger ledger;
    private final Clock clock;
    private final CompletableFuture<StartedStream> accepted = new CompletableFuture<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean cancelledByClient;
    private volatile StreamCall upstream;

    StreamAttempt(Decision.Routed decision, Attempts.Attempt<Void> attempt, StreamListener listener, CallLedger ledger,
                  Clock clock) {
        this.decision = decision;
        this.attempt = attempt;
        this.listener = listener;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Completes when the provider accepted the call; fails with its {@link ProviderFailure} before that. */
    CompletableFuture<StartedStream> accepted() {
        return accepted;
    }

    void upstream(StreamCall call) {
        upstream = call;
        if (cancelledByClient) {
            call.cancel(); // the caller hung up before the handle was complete
        }
    }

    @Override
    public void onDelta(String text) {
        accept();
        listener.onDelta(text);
    }

    @Override
    public void onComplete(String finishReason, TokenUsage usage) {
        accept();
        if (ended.compareAndSet(false, true)) {
            // a cancel by the caller also ends here, with the usage delivered so far
            CallOutcome outcome = cancelledByClient ? CallOutcome.CLIENT_ABORTED : CallOutcome.SUCCESS;
            long charged = settle(usage, outcome);
            listener.onComplete(finishReason, usage, charged);
        }
    }

    @Override
    public void onError(ProviderFailure failure, TokenUsage usageSoFar) {
        if (!accepted.isDone()) {
            ended.set(true); // nothing reached the caller: the attempt failed, and Attempts releases it
            accepted.completeExceptionally(failure);
            return;
        }
        if (ended.compareAndSet(false, true)) {
            if (!cancelledByClient && failure.countsAgainstEndpoint()) {
                attempt.breaker().onFailure(clock.instant());
            }
            // what was delivered before the end is charged; the rest of the reservation returns
            CallOutcome outcome = cancelledByClient ? CallOutcome.CLIENT_ABORTED : CallOutcome.PROVIDER_ERROR;
            long charged = settle(usageSoFar, outcome);
            listener.onError(failure.code(), failure.getMessage(), usageSoFar, charged);
        }
    }

    private void accept() {
        if (!accepted.isDone()) {
            accepted.complete(this);
        }
    }

    private long settle(TokenUsage usage, CallOutcome outcome) {
        return ledger.settle(decision, attempt.option(), attempt.reserved(), usage,
                Attempts.elapsedMillis(attempt.startedNanos()), attempt.attempts(), outcome);
    }

    // --- the caller's handle ---------------------------------------------------------------------------

    @Override
    public RequestId requestId() {
        return decision.call().requestId();
    }

    @Override
    public Governed governed() {
        return new Governed(attempt.option().model().id(), attempt.option().deployment().kind(),
                decision.classification().level());
    }

    @Override
    public void cancel() {
        cancelledByClient = true;
        StreamCall call = upstream;
        if (call != null) {
            call.cancel();
        }
    }
}

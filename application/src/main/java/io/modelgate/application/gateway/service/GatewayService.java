package io.modelgate.application.gateway.service;

import io.modelgate.application.gateway.port.in.ChatCall;
import io.modelgate.application.gateway.port.in.CompleteChat;
import io.modelgate.application.gateway.port.in.GatewayAnswer;
import io.modelgate.application.gateway.port.in.Governed;
import io.modelgate.application.gateway.port.in.StartedStream;
import io.modelgate.application.gateway.port.in.StreamListener;
import io.modelgate.application.gateway.port.out.ChatProviders;
import io.modelgate.domain.budget.TokenEstimate;
import io.modelgate.domain.chat.ChatCompletion;
import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.chat.ChatRequest;
import io.modelgate.domain.ledger.CallOutcome;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The governed gateway for chat completions: one pipeline of three steps, each its own type.
 * <ol>
 *   <li>{@link CallDecider decide} — department, effective classification, candidates (or the rule that refuses);</li>
 *   <li>{@link Attempts attempt} — for each candidate: endpoint, circuit, reservation (one statement), provider,
 *       falling back until one accepts;</li>
 *   <li>{@link CallLedger settle} — the ledger line, the audit event and the charge that closes the reservation.</li>
 * </ol>
 * Whole and streamed answers go through the same steps; only the provider invocation differs.
 */
public final class GatewayService implements CompleteChat {

    private final CallDecider decider;
    private final Attempts attempts;
    private final CallLedger ledger;
    private final ChatProviders providers;
    private final Clock clock;

    public GatewayService(GatewayPipeline pipeline, ChatProviders providers, Clock clock) {
        this.decider = pipeline.decider();
        this.attempts = pipeline.attempts();
        this.ledger = pipeline.ledger();
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    public CompletionStage<GatewayAnswer> complete(ChatCall chat) {
        long started = System.nanoTime();
        return route(chat).thenCompose(routed -> {
            ChatRequest request = request(chat, routed);
            return attempts.run(routed, started, (endpoint, reserved, attempt) -> providers.complete(endpoint, request))
                    .thenApply(attempt -> {
                        ChatCompletion completion = attempt.accepted();
                        long charged = ledger.settle(routed, attempt.option(), attempt.reserved(), completion.usage(),
                                Attempts.elapsedMillis(started), attempt.attempts(), CallOutcome.SUCCESS);
                        return new GatewayAnswer(chat.call().requestId(), completion, governed(routed, attempt),
                                charged, attempt.attempts());
                    });
        });
    }

    @Override
    public CompletionStage<StartedStream> stream(ChatCall chat, StreamListener listener) {
        long started = System.nanoTime();
        return route(chat).thenCompose(routed -> {
            ChatRequest request = request(chat, routed);
            return attempts.run(routed, started, (endpoint, reserved, attempt) -> {
                StreamAttempt stream = new StreamAttempt(routed, attempt, listener, ledger, clock);
                stream.upstream(providers.stream(endpoint, request, stream));
                return stream.accepted();
            }).thenApply(Attempts.Attempt::accepted);
        });
    }

    /** Decides, and records a refusal; the stage fails with it. */
    private CompletionStage<Decision.Routed> route(ChatCall chat) {
        Decision decision = decider.decide(chat.call(), new CallContent(text(chat), TokenEstimate.ofMessages(
                chat.messages().stream().map(ChatMessage::content).toList()), decider.maxOutputTokens(chat.maxTokens())));
        if (decision instanceof Decision.Refused refused) {
            return CompletableFuture.failedFuture(ledger.refuse(refused, refused.refusal(), refused.sentence()));
        }
        return CompletableFuture.completedFuture((Decision.Routed) decision);
    }

    private static ChatRequest request(ChatCall chat, Decision.Routed routed) {
        return new ChatRequest(chat.messages(), routed.maxOutputTokens(), chat.temperature());
    }

    private static Governed governed(Decision.Routed routed, Attempts.Attempt<?> attempt) {
        return new Governed(attempt.option().model().id(), attempt.option().deployment().kind(),
                routed.classification().level());
    }

    /** Everything the call sends, for the content check. */
    private static String text(ChatCall chat) {
        StringBuilder text = new StringBuilder();
        for (ChatMessage message : chat.messages()) {
            text.append(message.content()).append('\n');
        }
        return text.toString();
    }
}

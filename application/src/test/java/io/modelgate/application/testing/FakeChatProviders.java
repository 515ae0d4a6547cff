package io.modelgate.application.testing;

import io.modelgate.application.gateway.port.out.ChatProviders;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.ProviderStream;
import io.modelgate.application.gateway.port.out.StreamCall;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.chat.ChatCompletion;
import io.modelgate.domain.chat.ChatRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fake {@link ChatProviders}: each endpoint answers as its script says, on the caller's thread, and every
 * call is counted. A stream that {@link Script#hangs} sends its deltas and then waits for the caller's cancel,
 * which ends it as the real adapter does: complete, with finish reason {@code cancelled} and the usage so far.
 */
public final class FakeChatProviders implements ChatProviders {

    /** What an endpoint does when it is called. */
    public record Script(String content, TokenUsage usage, List<String> deltas, ProviderFailure failure,
                         boolean failsMidStream, boolean hangs) {

        public static Script answers(String content, long input, long output) {
            return new Script(content, new TokenUsage(input, output, true), List.of(content), null, false, false);
        }

        public static Script streams(TokenUsage usage, String... deltas) {
            return new Script(String.join("", deltas), usage, List.of(deltas), null, false, false);
        }

        public static Script fails(ProviderFailure.Kind kind) {
            return new Script("", new TokenUsage(0, 0, false), List.of(), new ProviderFailure(kind, 503,
                    "the provider failed (" + kind + ")"), false, false);
        }

        /** Streams these deltas, then fails with the usage so far. */
        public static Script failsAfter(TokenUsage usageSoFar, String... deltas) {
            return new Script("", usageSoFar, List.of(deltas), new ProviderFailure(ProviderFailure.Kind.UNAVAILABLE,
                    200, "the stream was cut short"), true, false);
        }

        /** Streams these deltas and waits for the caller to hang up. */
        public static Script hangs(TokenUsage usageSoFar, String... deltas) {
            return new Script("", usageSoFar, List.of(deltas), null, false, true);
        }
    }

    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    public FakeChatProviders script(String endpoint, Script script) {
        scripts.put(endpoint, script);
        return this;
    }

    /** How many times the endpoint was called, whole or streamed. */
    public int calls(String endpoint) {
        return calls.getOrDefault(endpoint, 0);
    }

    public int totalCalls() {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public CompletionStage<ChatCompletion> complete(ProviderEndpoint endpoint, ChatRequest request) {
        Script script = called(endpoint, request);
        if (script.failure() != null) {
            return CompletableFuture.failedFuture(script.failure());
        }
        return CompletableFuture.completedFuture(new ChatCompletion(script.content(), "stop", script.usage(),
                endpoint.upstreamModel()));
    }

    @Override
    public StreamCall stream(ProviderEndpoint endpoint, ChatRequest request, ProviderStream sink) {
        Script script = called(endpoint, request);
        AtomicBoolean ended = new AtomicBoolean();
        if (script.failure() != null && !script.failsMidStream()) {
            ended.set(true);
            sink.onError(script.failure(), new TokenUsage(0, 0, false));
            return () -> { };
        }
        script.deltas().forEach(sink::onDelta);
        if (script.hangs()) {
            return () -> {
                if (ended.compareAndSet(false, true)) {
                    sink.onComplete("cancelled", script.usage());
                }
            };
        }
        ended.set(true);
        if (script.failsMidStream()) {
            sink.onError(script.failure(), script.usage());
        } else {
            sink.onComplete("stop", script.usage());
        }
        return () -> { };
    }

    private synchronized Script called(ProviderEndpoint endpoint, ChatRequest request) {
        calls.merge(endpoint.name(), 1, Integer::sum);
        requests.add(request);
        Script script = scripts.get(endpoint.name());
        if (script == null) {
            throw new AssertionError("no script for " + endpoint.name());
        }
        return script;
    }
}

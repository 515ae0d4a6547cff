package io.modelgate.adapters.llm;

import io.modelgate.domain.chat.ChatCompletion;
import io.modelgate.application.gateway.port.out.ChatProviders;
import io.modelgate.domain.chat.ChatRequest;
import io.modelgate.application.gateway.port.out.ProviderStream;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.application.gateway.port.out.StreamCall;
import io.modelgate.domain.budget.TokenUsage;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Calls model providers with the JDK's {@link HttpClient}: one {@link WireProtocol} per
 * {@link ProviderProtocol}, one transport for all.
 *
 * <p>Timeouts, all from {@link ProviderEndpoint#timeout()}: a non-streamed call must be answered completely
 * within it (connect, headers and body); a stream must send its headers within it, and then never stay
 * silent longer than it (time to first event, and between events). Redirects are not followed, so a key is
 * never sent anywhere but the configured URL. Plain {@code http} (self-hosted servers) speaks HTTP/1.1;
 * {@code https} lets the client negotiate HTTP/2.
 */
@ApplicationScoped
public class HttpChatProviders implements ChatProviders {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final Map<ProviderProtocol, WireProtocol> protocols = Map.of(
            ProviderProtocol.OPENAI_COMPATIBLE, new OpenAiCompatibleProtocol(),
            ProviderProtocol.ANTHROPIC, new AnthropicProtocol(),
            ProviderProtocol.GEMINI, new GeminiProtocol());

    /**
     * Created on first use, not in the constructor: CDI's client proxy runs the no-argument constructor too,
     * and an HttpClient starts a selector thread at once.
     */
    private volatile Transport transport;

    @PreDestroy
    void close() {
        Transport current = transport;
        if (current != null) {
            current.timers.shutdownNow();
        }
    }

    /**
     * The whole answer on the caller's thread. (The stage is complete when it is returned: the JDK client's
     * {@code sendAsync} would hand every answer to a thread of its own on this machine's two CPUs.)
     */
    @Override
    public CompletionStage<ChatCompletion> complete(ProviderEndpoint endpoint, ChatRequest request) {
        try {
            return CompletableFuture.completedFuture(answer(endpoint, request));
        } catch (ProviderFailure failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    /** Blocking call; throws {@link ProviderFailure}. */
    ChatCompletion answer(ProviderEndpoint endpoint, ChatRequest request) {
        WireProtocol protocol = protocolOf(endpoint);
        Failures failures = new Failures(protocol.label(), endpoint);
        HttpRequest httpRequest = httpRequest(protocol, endpoint, request, false, failures);
        long sent = System.nanoTime();
        // send(), not sendAsync(): sendAsync hands every answer to the common pool's default executor, which
        // starts a new thread per answer when the machine has two CPUs or fewer. The request's timeout covers
        // the wait for the headers; the deadline covers the body too.
        BodyDeadline deadline = new BodyDeadline();
        ScheduledFuture<?> expiry = transport().timers.schedule(deadline, endpoint.timeout().toNanos(),
                TimeUnit.NANOSECONDS);
        HttpResponse<byte[]> response;
        try {
            response = transport().answers.send(httpRequest, info -> deadline.watch(
                    successful(info.statusCode()) ? LimitedBody.answer() : LimitedBody.error()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timed(endpoint, sent, failures.interrupted());
        } catch (IOException e) {
            throw timed(endpoint, sent, failures.transport(e, 0));
        } finally {
            expiry.cancel(false);
        }
        Duration upstream = Duration.ofNanos(System.nanoTime() - sent);
        int status = response.statusCode();
        if (!successful(status)) {
            throw timed(endpoint, sent, failures.status(status, protocol.error(Json.parseLeniently(response.body()))));
        }
        try {
            ChatCompletion completion = completion(protocol.answer(Json.parse(response.body())), endpoint, request,
                    upstream);
            upstreamTimer(endpoint, "success").record(upstream);
            return completion;
        } catch (MalformedAnswer e) {
            throw timed(endpoint, sent, failures.malformed(status, e));
        }
    }

    /**
     * Upstream latency per endpoint and outcome. Tags are the configured endpoint name and a fixed outcome
     * word: bounded, and never a URL, key or prompt.
     */
    private static Timer upstreamTimer(ProviderEndpoint endpoint, String outcome) {
        return Timer.builder("modelgate.upstream.latency")
                .description("Time a provider took to answer a non-streamed call, per endpoint and outcome")
                .tag("endpoint", endpoint.name())
                .tag("outcome", outcome)
                .register(Metrics.globalRegistry);
    }

    private static ProviderFailure timed(ProviderEndpoint endpoint, long sentNanos, ProviderFailure failure) {
        upstreamTimer(endpoint, failure.kind().name().toLowerCase(java.util.Locale.ROOT))
                .record(System.nanoTime() - sentNanos, TimeUnit.NANOSECONDS);
        return failure;
    }

    @Override
    public StreamCall stream(ProviderEndpoint endpoint, ChatRequest request, ProviderStream sink) {
        WireProtocol protocol = protocolOf(endpoint);
        Failures failures = new Failures(protocol.label(), endpoint);
        StreamingCall call = new StreamingCall(protocol, failures, sink,
                new StreamProgress(TokenEstimator.input(request)), transport().timers, endpoint.timeout());
        HttpRequest httpRequest;
        try {
            httpRequest = httpRequest(protocol, endpoint, request, true, failures);
        } catch (ProviderFailure failure) {
            call.fail(failure);
            return call;
        }
        call.attach(transport().streams.sendAsync(httpRequest, info -> successful(info.statusCode())
                ? BodySubscribers.fromLineSubscriber(call, lines -> (byte[]) null, StandardCharsets.UTF_8, null)
                : LimitedBody.error()));
        return call;
    }

    private Transport transport() {
        Transport current = transport;
        if (current == null) {
            synchronized (this) {
                current = transport;
                if (current == null) {
                    transport = current = new Transport();
                }
            }
        }
        return current;
    }

    private WireProtocol protocolOf(ProviderEndpoint endpoint) {
        return protocols.get(endpoint.protocol());
    }

    private static HttpRequest httpRequest(WireProtocol protocol, ProviderEndpoint endpoint, ChatRequest request,
                                           boolean stream, Failures failures) {
        WireProtocol.WireRequest wire = protocol.request(endpoint, request, stream);
        HttpRequest.Builder builder = HttpRequest.newBuilder(wire.uri())
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .header("User-Agent", "ModelGate")
                .POST(HttpRequest.BodyPublishers.ofByteArray(wire.body()));
        if ("http".equals(wire.uri().getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        for (Map.Entry<String, String> header : wire.headers().entrySet()) {
            try {
                builder.header(header.getKey(), header.getValue());
            } catch (IllegalArgumentException e) {
                // the JDK's message quotes the value, which here may be the key: never pass it on
                throw failures.unusableKey();
            }
        }
        return builder.build();
    }

    private static ChatCompletion completion(WireProtocol.Answer answer, ProviderEndpoint endpoint, ChatRequest request,
                                             Duration upstream) {
        boolean reported = answer.inputTokens() >= 0 && answer.outputTokens() >= 0;
        TokenUsage usage = new TokenUsage(
                answer.inputTokens() >= 0 ? answer.inputTokens() : TokenEstimator.input(request),
                answer.outputTokens() >= 0 ? answer.outputTokens() : TokenEstimator.tokens(answer.content()),
                reported);
        String model = answer.model().filter(name -> !name.isBlank() && name.length() <= 200)
                .orElse(endpoint.upstreamModel());
        return new ChatCompletion(answer.content(), answer.finishReason(), usage, model, upstream);
    }

    private static boolean successful(int status) {
        return status / 100 == 2;
    }

    /** Ends a body that is still arriving when the call's time is up, as a timeout. */
    private static final class BodyDeadline implements Runnable {

        private volatile LimitedBody body;
        private volatile boolean expired;

        LimitedBody watch(LimitedBody body) {
            this.body = body;
            if (expired) {
                body.expire();
            }
            return body;
        }

        @Override
        public void run() {
            expired = true;
            LimitedBody current = body;
            if (current != null) {
                current.expire();
            }
        }
    }

    /** The HTTP client (its own daemon threads) and one timer thread for the streams' silence checks. */
    private static final class Transport {

        final HttpClient answers;
        final HttpClient streams;
        final ScheduledExecutorService timers;

        Transport() {
            HeaderLogging.guard(); // before the first client: the JDK reads its log setting once
            // Whole answers: the client's own steps run on its selector thread, without handing each answer to
            // a worker thread first (only LimitedBody runs there, and it never blocks).
            answers = HttpClient.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(Runnable::run)
                    .build();
            // Streams: the sink settles the call at its end (spool, queue), which may wait: a pool of its own.
            streams = HttpClient.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "modelgate-stream-timer");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            timers = Executors.unconfigurableScheduledExecutorService(executor);
        }
    }
}

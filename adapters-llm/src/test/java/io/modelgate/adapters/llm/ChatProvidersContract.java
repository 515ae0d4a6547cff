package io.modelgate.adapters.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.domain.chat.ChatCompletion;
import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.chat.ChatRequest;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.ProviderFailure.Kind;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.application.gateway.port.out.StreamCall;
import io.modelgate.domain.budget.TokenUsage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import static io.modelgate.adapters.llm.StubProvider.after;
import static io.modelgate.adapters.llm.StubProvider.json;
import static io.modelgate.adapters.llm.StubProvider.sse;
import static io.modelgate.adapters.llm.StubProvider.sseThenAbort;
import static io.modelgate.adapters.llm.StubProvider.sseThenSilence;
import static io.modelgate.adapters.llm.StubProvider.trickle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every wire protocol must do, run against a stub that speaks that provider's exact JSON and SSE.
 * Every endpoint carries the canary key; no failure, message or log line may ever show it.
 */
abstract class ChatProvidersContract {

    static final String CANARY = "sk-canary-0123456789abcdef";
    /** Put in every error body the stub sends: a raw body must never reach a message. */
    static final String BODY_SECRET = "internal-detail-7f3a";

    static final ChatRequest REQUEST = new ChatRequest(List.of(
            new ChatMessage("system", "You are terse."),
            new ChatMessage("user", "Say hello."),
            new ChatMessage("assistant", "Hello?"),
            new ChatMessage("user", "Again, in Japanese: こんにちは")), 256, Optional.of(new BigDecimal("0.7")));

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration SHORT = Duration.ofMillis(400);
    static final long ESTIMATED_INPUT = TokenEstimator.input(REQUEST);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static HttpChatProviders providers;
    StubProvider stub;
    LogCapture logs;

    // --- what each protocol supplies -----------------------------------------------------------------

    abstract ProviderProtocol protocol();

    /** The path part of the configured base URL, e.g. {@code /v1} for OpenAI. */
    abstract String basePath();

    abstract String upstreamModel();

    abstract String expectedPath(boolean stream);

    abstract String expectedQuery(boolean stream);

    /** The exact body the provider must receive for {@link #REQUEST}. */
    abstract String expectedRequestJson(boolean stream);

    /** Headers (lower-case names) that carry the key and the protocol's version, if any. */
    abstract Map<String, String> expectedHeaders();

    /** Answers "こんにちは!" with the provider's "stop", 25 input and 7 output tokens, model {@link #answeredModel()}. */
    abstract String answerJson();

    abstract String answeredModel();

    /** Streams "こんに", "ちは", "!" then the provider's "stop" and usage 25 in / 4 out. */
    abstract List<String> streamEvents();

    /** The start of {@link #streamEvents()}, up to and with the first delta "こんに". */
    abstract List<String> eventsUpToFirstDelta();

    abstract TokenUsage usageAfterFirstDelta();

    /** The provider's error body for a status; its message echoes the key and {@link #BODY_SECRET}. */
    abstract String errorJson(int status);

    /** The short error type {@link #errorJson} carries, quoted in the failure's message. */
    abstract String errorType(int status);

    abstract String streamErrorEvent();

    abstract Kind streamErrorKind();

    abstract String streamErrorType();

    // --- set-up ------------------------------------------------------------------------------------------

    @BeforeAll
    static void client() {
        providers = new HttpChatProviders();
    }

    @AfterAll
    static void closeClient() {
        providers.close();
        assertThat(RecordingStream.endedTwice()).as("streams that ended more than once, or sent text after their end")
                .isEmpty();
    }

    @BeforeEach
    void startStub() throws Exception {
        stub = StubProvider.start();
        logs = LogCapture.start();
    }

    @AfterEach
    void stopStub() {
        stub.close();
        logs.stop();
        assertThat(logs.text()).doesNotContain(CANARY).doesNotContain(BODY_SECRET);
    }

    ProviderEndpoint endpoint(Duration timeout) {
        return endpoint(timeout, Optional.of(CANARY));
    }

    ProviderEndpoint endpoint(Duration timeout, Optional<String> key) {
        return endpoint(stub.baseUrl(basePath()), timeout, key);
    }

    ProviderEndpoint endpoint(URI baseUrl, Duration timeout, Optional<String> key) {
        return new ProviderEndpoint("stub-" + protocol().name().toLowerCase(), protocol(), baseUrl, key,
                upstreamModel(), timeout);
    }

    // --- request and answer ---------------------------------------------------------------------------------

    @Test
    void sends_the_providers_exact_json_and_headers() throws Exception {
        stub.answer(json(200, answerJson()));

        complete(endpoint(TIMEOUT), REQUEST);

        StubProvider.Received received = stub.received();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo(expectedPath(false));
        assertThat(received.query()).isEqualTo(expectedQuery(false));
        assertSameJson(received.body(), expectedRequestJson(false));
        assertThat(received.header("content-type")).isEqualTo("application/json");
        assertThat(received.header("accept")).isEqualTo("application/json");
        expectedHeaders().forEach((name, value) -> assertThat(received.header(name)).as(name).isEqualTo(value));
        assertKeyOnlyInItsHeader(received);
    }

    @Test
    void maps_the_answer_and_its_usage() {
        stub.answer(json(200, answerJson()));

        ChatCompletion completion = complete(endpoint(TIMEOUT), REQUEST);

        assertThat(completion.content()).isEqualTo("こんにちは!");
        assertThat(completion.finishReason()).isEqualTo("stop");
        assertThat(completion.usage()).isEqualTo(new TokenUsage(25, 7, true));
        assertThat(completion.upstreamModel()).isEqualTo(answeredModel());
    }

    @Test
    void answers_do_not_start_a_thread_each() {
        // sendAsync would complete every answer on the common pool's default executor, which on a machine
        // with two CPUs or fewer is a new thread per task.
        stub.answer(json(200, answerJson()));
        complete(endpoint(TIMEOUT), REQUEST); // the client's own threads start here
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getTotalStartedThreadCount();

        for (int i = 0; i < 200; i++) {
            complete(endpoint(TIMEOUT), REQUEST);
        }

        // the stub's pool and the client's pool may each grow a little; a thread per answer would be 200
        assertThat(threads.getTotalStartedThreadCount() - before).isLessThan(20);
    }

    @Test
    void streams_with_the_providers_exact_json_and_headers() throws Exception {
        stub.answer(sse(streamEvents()));

        RecordingStream sink = new RecordingStream();
        providers.stream(endpoint(TIMEOUT), REQUEST, sink);
        sink.awaitEnd();

        StubProvider.Received received = stub.received();
        assertThat(received.path()).isEqualTo(expectedPath(true));
        assertThat(received.query()).isEqualTo(expectedQuery(true));
        assertSameJson(received.body(), expectedRequestJson(true));
        assertThat(received.header("accept")).isEqualTo("text/event-stream");
        expectedHeaders().forEach((name, value) -> assertThat(received.header(name)).as(name).isEqualTo(value));
        assertKeyOnlyInItsHeader(received);
    }

    @Test
    void streams_the_deltas_then_completes_with_the_reported_usage() throws Exception {
        stub.answer(sse(streamEvents()));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(TIMEOUT), REQUEST, sink);

        sink.awaitEnd();
        assertThat(sink.deltas()).containsExactly("こんに", "ちは", "!");
        assertThat(sink.failure()).isNull();
        assertThat(sink.finishReason()).isEqualTo("stop");
        assertThat(sink.usage()).isEqualTo(new TokenUsage(25, 4, true));
        assertOneEnd(sink);
    }

    @Test
    void a_stream_may_outlast_the_timeout_while_events_keep_coming() throws Exception {
        stub.answer(sse(streamEvents(), 130));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(Duration.ofMillis(300)), REQUEST, sink);

        sink.awaitEnd();
        assertThat(sink.failure()).isNull();
        assertThat(sink.deltas()).containsExactly("こんに", "ちは", "!");
    }

    // --- statuses --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({"429, RATE_LIMITED", "500, UNAVAILABLE", "503, UNAVAILABLE", "400, REJECTED",
            "401, UNAVAILABLE", "404, UNAVAILABLE"})
    void maps_an_error_status_to_a_failure_kind(int status, Kind kind) {
        stub.answer(json(status, errorJson(status)));

        ProviderFailure failure = catchThrowableOfType(() -> complete(endpoint(TIMEOUT), REQUEST),
                ProviderFailure.class);

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.upstreamStatus()).isEqualTo(status);
        assertThat(failure.getMessage()).contains("'stub-" + protocol().name().toLowerCase() + "'")
                .contains("HTTP " + status + " (" + errorType(status) + ")");
        assertSecretFree(failure);
    }

    @Test
    void an_error_status_fails_a_stream_before_any_delta() throws Exception {
        stub.answer(json(429, errorJson(429)));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(TIMEOUT), REQUEST, sink);

        sink.awaitEnd();
        assertThat(sink.failure().kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(sink.failure().upstreamStatus()).isEqualTo(429);
        assertThat(sink.failure().getMessage()).contains("(" + errorType(429) + ")");
        assertThat(sink.usage()).isEqualTo(new TokenUsage(ESTIMATED_INPUT, 0, false));
        assertThat(sink.deltas()).isEmpty();
        assertSecretFree(sink.failure());
        assertOneEnd(sink);
    }

    @Test
    void an_error_event_fails_the_stream_with_the_usage_so_far() throws Exception {
        List<String> events = new ArrayList<>(eventsUpToFirstDelta());
        events.add(streamErrorEvent());
        stub.answer(sse(events));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(TIMEOUT), REQUEST, sink);

        sink.awaitEnd();
        assertThat(sink.deltas()).containsExactly("こんに");
        assertThat(sink.failure().kind()).isEqualTo(streamErrorKind());
        assertThat(sink.failure().getMessage()).contains("(" + streamErrorType() + ")");
        assertThat(sink.usage()).isEqualTo(usageAfterFirstDelta());
        assertSecretFree(sink.failure());
        assertOneEnd(sink);
    }

    // --- timeouts --------------------------------------------------------------------------------------------

    @Test
    void times_out_when_the_provider_does_not_answer() {
        stub.answer(after(1500, json(200, answerJson())));

        long start = System.nanoTime();
        ProviderFailure failure = catchThrowableOfType(() -> complete(endpoint(SHORT), REQUEST),
                ProviderFailure.class);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.upstreamStatus()).isZero();
        assertThat(failure.getMessage()).contains("within 400 ms");
        assertThat(millis).isBetween(SHORT.toMillis() - 50, 2 * SHORT.toMillis());
    }

    @Test
    void times_out_when_the_body_stalls_after_the_headers() {
        stub.answer(trickle(answerJson(), 1500));

        long start = System.nanoTime();
        ProviderFailure failure = catchThrowableOfType(() -> complete(endpoint(SHORT), REQUEST),
                ProviderFailure.class);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(millis).isLessThan(2 * SHORT.toMillis());
    }

    @Test
    void times_out_a_stream_whose_headers_do_not_come() throws Exception {
        stub.answer(after(1500, sse(streamEvents())));
        RecordingStream sink = new RecordingStream();

        long start = System.nanoTime();
        providers.stream(endpoint(SHORT), REQUEST, sink);
        sink.awaitEnd();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(sink.failure().kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(sink.usage()).isEqualTo(new TokenUsage(ESTIMATED_INPUT, 0, false));
        assertThat(millis).isLessThan(2 * SHORT.toMillis());
        assertOneEnd(sink);
    }

    @Test
    void times_out_a_stream_that_falls_silent() throws Exception {
        stub.answer(sseThenSilence(eventsUpToFirstDelta(), 1500));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(SHORT), REQUEST, sink);

        sink.awaitEnd();
        assertThat(sink.deltas()).containsExactly("こんに");
        assertThat(sink.failure().kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(sink.usage()).isEqualTo(usageAfterFirstDelta());
        assertThat(sink.millisFromFirstDeltaToEnd()).isLessThan(2 * SHORT.toMillis());
        assertOneEnd(sink);
    }

    // --- cut, cancelled, unreachable, malformed -----------------------------------------------------------

    @Test
    void a_stream_cut_by_the_provider_fails_with_the_usage_so_far() throws Exception {
        stub.answer(sseThenAbort(eventsUpToFirstDelta()));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(TIMEOUT), REQUEST, sink);

        sink.awaitEnd();
        assertThat(sink.deltas()).containsExactly("こんに");
        assertThat(sink.failure().kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(sink.failure().upstreamStatus()).isEqualTo(200);
        assertThat(sink.usage()).isEqualTo(usageAfterFirstDelta());
        assertOneEnd(sink);
    }

    @Test
    void a_stream_that_ends_before_the_provider_finished_fails() throws Exception {
        stub.answer(sse(eventsUpToFirstDelta()));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(TIMEOUT), REQUEST, sink);

        sink.awaitEnd();
        assertThat(sink.failure().kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(sink.usage()).isEqualTo(usageAfterFirstDelta());
        assertOneEnd(sink);
    }

    @Test
    void cancel_closes_the_connection_and_ends_once_with_the_usage_so_far() throws Exception {
        stub.answer(stub.sseThenKeepAlive(eventsUpToFirstDelta()));
        RecordingStream sink = new RecordingStream();
        StreamCall call = providers.stream(endpoint(TIMEOUT), REQUEST, sink);
        sink.awaitFirstDelta();

        call.cancel();

        assertThat(stub.awaitClientGone(1000)).as("the provider saw the connection close").isTrue();
        sink.awaitEnd();
        call.cancel();
        assertThat(sink.failure()).isNull();
        assertThat(sink.finishReason()).isEqualTo(StreamingCall.CANCELLED);
        assertThat(sink.usage()).isEqualTo(usageAfterFirstDelta());
        assertThat(sink.deltas()).containsExactly("こんに");
        assertOneEnd(sink);
    }

    @Test
    void cancel_before_the_answer_starts_ends_with_the_estimated_input() throws Exception {
        stub.answer(after(1000, sse(streamEvents())));
        RecordingStream sink = new RecordingStream();
        StreamCall call = providers.stream(endpoint(TIMEOUT), REQUEST, sink);

        call.cancel();

        sink.awaitEnd();
        assertThat(sink.finishReason()).isEqualTo(StreamingCall.CANCELLED);
        assertThat(sink.usage()).isEqualTo(new TokenUsage(ESTIMATED_INPUT, 0, false));
        assertOneEnd(sink);
    }

    @Test
    void an_unreachable_provider_is_unavailable() throws Exception {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + basePath());
        }
        ProviderEndpoint unreachable = endpoint(closedPort, TIMEOUT, Optional.of(CANARY));

        ProviderFailure failure = catchThrowableOfType(() -> complete(unreachable, REQUEST),
                ProviderFailure.class);
        RecordingStream sink = new RecordingStream();
        providers.stream(unreachable, REQUEST, sink);

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.upstreamStatus()).isZero();
        assertThat(sink.awaitEnd().failure().kind()).isEqualTo(Kind.UNAVAILABLE);
        assertSecretFree(failure);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"<html>Bad gateway</html>", "{}", "[1, 2]"})
    void an_answer_outside_the_format_is_a_protocol_failure(String body) {
        stub.answer(json(200, body));

        ProviderFailure failure = catchThrowableOfType(() -> complete(endpoint(TIMEOUT), REQUEST),
                ProviderFailure.class);

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.upstreamStatus()).isEqualTo(200);
        assertThat(failure.getMessage()).doesNotContain(body);
    }

    @Test
    void a_stream_outside_the_format_is_a_protocol_failure() throws Exception {
        List<String> events = new ArrayList<>(eventsUpToFirstDelta());
        events.add("data: {\"truncated\": \n\n");
        stub.answer(sse(events));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(TIMEOUT), REQUEST, sink);

        sink.awaitEnd();
        assertThat(sink.failure().kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(sink.usage()).isEqualTo(usageAfterFirstDelta());
        assertOneEnd(sink);
    }

    @Test
    void a_plain_json_answer_to_a_stream_is_a_protocol_failure() throws Exception {
        stub.answer(json(200, answerJson()));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(TIMEOUT), REQUEST, sink);

        assertThat(sink.awaitEnd().failure().kind()).isEqualTo(Kind.PROTOCOL);
    }

    // --- the key ---------------------------------------------------------------------------------------------

    @Test
    void the_key_never_appears_in_a_failure() throws Exception {
        List<ProviderFailure> failures = new ArrayList<>();
        for (int status : new int[]{400, 401, 429, 500}) {
            stub.answer(json(status, errorJson(status)));
            failures.add(catchThrowableOfType(() -> complete(endpoint(TIMEOUT), REQUEST), ProviderFailure.class));
        }
        stub.answer(json(200, "{\"echo\": \"" + CANARY + "\"}"));
        failures.add(catchThrowableOfType(() -> complete(endpoint(TIMEOUT), REQUEST), ProviderFailure.class));
        stub.answer(after(1000, json(200, answerJson())));
        failures.add(catchThrowableOfType(() -> complete(endpoint(Duration.ofMillis(100)), REQUEST),
                ProviderFailure.class));
        stub.answer(sse(List.of("data: {\"error\": {\"type\": \"" + CANARY + "\", \"code\": \"" + CANARY + "\"}}\n\n",
                "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"" + CANARY + "\"}}\n\n")));
        RecordingStream sink = new RecordingStream();
        providers.stream(endpoint(TIMEOUT), REQUEST, sink);
        failures.add(sink.awaitEnd().failure());

        assertThat(failures).hasSize(7).doesNotContainNull().allSatisfy(ChatProvidersContract::assertSecretFree);
        assertThat(logs.text()).as("the log capture works").contains("Provider endpoint stub-");
    }

    @Test
    void a_key_that_is_no_valid_header_value_fails_without_showing_it() throws Exception {
        ProviderEndpoint broken = endpoint(TIMEOUT, Optional.of(CANARY + "\n"));

        ProviderFailure failure = catchThrowableOfType(() -> complete(broken, REQUEST), ProviderFailure.class);
        RecordingStream sink = new RecordingStream();
        providers.stream(broken, REQUEST, sink);

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("not a valid HTTP header value");
        assertSecretFree(failure);
        assertThat(sink.awaitEnd().failure().kind()).isEqualTo(Kind.UNAVAILABLE);
        assertSecretFree(sink.failure());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static void assertSameJson(String actual, String expected) throws Exception {
        assertThat(MAPPER.readTree(actual)).isEqualTo(MAPPER.readTree(expected));
    }

    static void assertSecretFree(ProviderFailure failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(failure.getMessage()).doesNotContain(CANARY).doesNotContain(BODY_SECRET);
        assertThat(failure.toString()).doesNotContain(CANARY).doesNotContain(BODY_SECRET);
        assertThat(trace.toString()).doesNotContain(CANARY).doesNotContain(BODY_SECRET);
    }

    /** Exactly one end, and still one a moment later (a late connection error must not end it again). */
    /** The whole answer through the port: the stage's failure is the provider's {@link ProviderFailure}. */
    static ChatCompletion complete(ProviderEndpoint endpoint, ChatRequest request) {
        try {
            return providers.complete(endpoint, request).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Exactly one end, and nothing after it: checked now and for a while after, and once more for every stream
     * of the class when it is done ({@link #closeClient}), so that a late second end fails too.
     */
    static void assertOneEnd(RecordingStream sink) {
        await().atMost(Duration.ofSeconds(3)).until(() -> sink.ends() >= 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1))
                .until(() -> sink.ends() == 1 && sink.deltasAfterEnd() == 0);
    }

    private void assertKeyOnlyInItsHeader(StubProvider.Received received) {
        assertThat(received.body()).doesNotContain(CANARY);
        assertThat(received.path() + received.query()).doesNotContain(CANARY);
        received.headers().forEach((name, values) -> {
            if (!expectedHeaders().containsKey(name)) {
                assertThat(String.join(",", values)).as(name).doesNotContain(CANARY);
            }
        });
    }
}

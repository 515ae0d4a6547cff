package io.modelgate.adapters.llm;

import io.modelgate.adapters.llm.WireProtocol.StreamDecoder;
import io.modelgate.adapters.llm.WireProtocol.StreamEvents;
import io.modelgate.adapters.llm.WireProtocol.UpstreamError;
import io.modelgate.application.gateway.port.out.ProviderStream;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.StreamCall;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One streamed call: receives the body line by line from the HTTP client (no thread of its own), turns lines
 * into SSE events and events into deltas, watches for silence, and ends the caller's stream exactly once.
 *
 * <p>Endings: the provider's end marker (or, without one, the body's end after a finish reason) completes
 * with the provider's usage; an error event, a malformed event, a cut connection or silence longer than the
 * endpoint's timeout fail with the usage so far; {@link #cancel()} closes the connection and completes with
 * finish reason {@value #CANCELLED} and the usage so far — a cancel is the caller's decision, not a provider
 * failure, so it must not count against the provider nor trigger a fallback.
 */
final class StreamingCall implements StreamCall, Flow.Subscriber<String>, StreamEvents {

    /** The finish reason after {@link #cancel()}. */
    static final String CANCELLED = "cancelled";

    private static final int MAX_EVENT_CHARS = 1024 * 1024;

    private final WireProtocol protocol;
    private final StreamDecoder decoder;
    private final Failures failures;
    private final OrderedSink sink;
    private final StreamProgress progress;
    private final ScheduledExecutorService timers;
    private final long idleNanos;
    private final ServerSentEvents events = new ServerSentEvents(MAX_EVENT_CHARS);

    private volatile CompletableFuture<?> exchange;
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private volatile boolean bodyEnded;
    private volatile boolean reading;
    private boolean sawEvent; // only touched by the HTTP client's thread, one line at a time
    private volatile long lastActivity;
    private volatile ScheduledFuture<?> watchdog;

    StreamingCall(WireProtocol protocol, Failures failures, ProviderStream sink, StreamProgress progress,
                  ScheduledExecutorService timers, Duration idleTimeout) {
        this.protocol = protocol;
        this.decoder = protocol.streamDecoder();
        this.failures = failures;
        this.sink = new OrderedSink(sink, this::cancel);
        this.progress = progress;
        this.timers = timers;
        this.idleNanos = idleTimeout.toNanos();
    }

    // --- the caller's handle ------------------------------------------------------------------------

    @Override
    public void cancel() {
        closeUpstream();
        sink.complete(CANCELLED, progress.usageSoFar());
    }

    /** Closes the connection (if any) and ends the stream with a failure and the usage so far. */
    void fail(ProviderFailure failure) {
        closeUpstream();
        sink.error(failure, progress.usageSoFar());
    }

    // --- the exchange --------------------------------------------------------------------------------

    void attach(CompletableFuture<HttpResponse<byte[]>> exchange) {
        this.exchange = exchange;
        if (closed) {
            exchange.cancel(true);
        }
        exchange.whenComplete(this::exchangeDone);
    }

    /**
     * The whole exchange is over. A 2xx body went through {@link #onNext}, so this only matters for failures
     * before the body (connect, time to headers), for error statuses, whose small body is read here, and as a
     * safety net should the body's end not have been signalled.
     */
    private void exchangeDone(HttpResponse<byte[]> response, Throwable error) {
        if (error != null) {
            if (!closed && !Failures.isCancellation(error)) {
                fail(failures.transport(error, subscription == null ? 0 : 200));
            }
            return;
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            fail(failures.status(status, protocol.error(Json.parseLeniently(response.body()))));
        } else {
            onComplete();
        }
    }

    // --- the body, line by line ------------------------------------------------------------------------

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (closed) {
            subscription.cancel();
            return;
        }
        lastActivity = System.nanoTime();
        arm(idleNanos);
        subscription.request(1);
    }

    @Override
    public void onNext(String line) {
        lastActivity = System.nanoTime();
        reading = true;
        try {
            if (!sink.hasEnded()) {
                ServerSentEvents.Event event = events.accept(line);
                if (event != null) {
                    sawEvent = true;
                    decoder.onEvent(event, this);
                }
            }
        } catch (MalformedAnswer e) {
            fail(failures.malformed(200, e));
        } finally {
            reading = false;
            lastActivity = System.nanoTime();
        }
        if (!closed) {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable error) {
        bodyEnded = true;
        stopWatchdog();
        if (!closed) {
            fail(failures.cutShort(200));
        }
    }

    @Override
    public void onComplete() {
        bodyEnded = true;
        stopWatchdog();
        if (sink.hasEnded()) {
            return;
        }
        if (progress.finishReason() != null) {
            sink.complete(progress.finishReason(), progress.finalUsage());
        } else if (!sawEvent) {
            fail(failures.malformed(200, new MalformedAnswer("a 200 body without any server-sent event")));
        } else {
            fail(failures.cutShort(200));
        }
    }

    // --- what the decoder found ------------------------------------------------------------------------

    @Override
    public void text(String delta) {
        progress.text(delta);
        sink.delta(delta);
    }

    @Override
    public void inputTokens(long tokens) {
        progress.reportedInput(tokens);
    }

    @Override
    public void outputTokens(long tokens) {
        progress.reportedOutput(tokens);
    }

    @Override
    public void finish(String reason) {
        progress.finish(reason);
    }

    @Override
    public void done() {
        String reason = progress.finishReason();
        sink.complete(reason == null ? "stop" : reason, progress.finalUsage());
        // keep reading to the body's end, so that the connection can be reused
    }

    @Override
    public void error(UpstreamError error) {
        fail(failures.streamError(200, error));
    }

    // --- silence -----------------------------------------------------------------------------------------

    private void arm(long delayNanos) {
        try {
            watchdog = timers.schedule(this::checkSilence, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down: nothing to watch any more
        }
    }

    private void checkSilence() {
        if (closed || bodyEnded) {
            return;
        }
        long silent = System.nanoTime() - lastActivity;
        if (reading) {
            arm(idleNanos); // the caller is slow to take a delta; that is not the provider's silence
        } else if (silent < idleNanos) {
            arm(idleNanos - silent);
        } else if (sink.hasEnded()) {
            closeUpstream(); // answered already, but the body never ended
        } else {
            fail(failures.idle(200));
        }
    }

    private void stopWatchdog() {
        ScheduledFuture<?> current = watchdog;
        if (current != null) {
            current.cancel(false);
        }
    }

    private void closeUpstream() {
        closed = true;
        stopWatchdog();
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        CompletableFuture<?> pending = exchange;
        if (pending != null) {
            pending.cancel(true);
        }
    }
}

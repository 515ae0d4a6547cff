package io.modelgate.adapters.llm;

import io.modelgate.application.gateway.port.out.ProviderStream;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.domain.budget.TokenUsage;
import org.jboss.logging.Logger;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Delivers a stream's signals to the caller's {@link ProviderStream} one at a time and in order, whichever
 * thread produces them (the HTTP client's, the idle timer's, the thread that cancels): deltas, then exactly
 * one end, then nothing. Nobody blocks: a thread that finds another one delivering leaves its signal in the
 * queue, and the delivering thread passes it on. A sink that throws is treated as a cancel.
 */
final class OrderedSink {

    private static final Logger LOG = Logger.getLogger(OrderedSink.class);

    private final ProviderStream sink;
    private final Runnable onSinkFailure;
    private final Queue<Signal> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean ending = new AtomicBoolean();
    private boolean ended; // only touched by the delivering thread

    OrderedSink(ProviderStream sink, Runnable onSinkFailure) {
        this.sink = sink;
        this.onSinkFailure = onSinkFailure;
    }

    void delta(String text) {
        if (!ending.get()) {
            offer(new Signal(false, s -> s.onDelta(text)));
        }
    }

    /** Returns false when the stream had already ended. */
    boolean complete(String finishReason, TokenUsage usage) {
        return end(s -> s.onComplete(finishReason, usage));
    }

    /** Returns false when the stream had already ended. */
    boolean error(ProviderFailure failure, TokenUsage usageSoFar) {
        return end(s -> s.onError(failure, usageSoFar));
    }

    boolean hasEnded() {
        return ending.get();
    }

    private boolean end(Consumer<ProviderStream> terminal) {
        if (!ending.compareAndSet(false, true)) {
            return false;
        }
        offer(new Signal(true, terminal));
        return true;
    }

    private void offer(Signal signal) {
        queue.offer(signal);
        if (pending.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            Signal next;
            while ((next = queue.poll()) != null) {
                deliver(next);
            }
            missed = pending.addAndGet(-missed);
        } while (missed != 0);
    }

    private void deliver(Signal signal) {
        if (ended) {
            return;
        }
        ended = signal.terminal();
        try {
            signal.action().accept(sink);
        } catch (RuntimeException e) {
            LOG.warnf("A stream sink threw %s; the stream is cancelled", e.getClass().getName());
            if (!signal.terminal()) {
                onSinkFailure.run();
            }
        }
    }

    private record Signal(boolean terminal, Consumer<ProviderStream> action) {
    }
}

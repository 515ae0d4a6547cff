package io.modelgate.adapters.llm;

import io.modelgate.application.gateway.port.out.ProviderStream;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.domain.budget.TokenUsage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ProviderStream} that records what it was told, and counts the ends (must be exactly one); a second end
 * or a delta after the end is remembered for the whole run ({@link #endedTwice}).
 */
class RecordingStream implements ProviderStream {

    private static final Set<RecordingStream> ENDED_TWICE = ConcurrentHashMap.newKeySet();

    private final List<String> deltas = new ArrayList<>();
    private final AtomicInteger ends = new AtomicInteger();
    private final AtomicInteger deltasAfterEnd = new AtomicInteger();
    private final CountDownLatch firstDelta = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile String finishReason;
    private volatile TokenUsage usage;
    private volatile ProviderFailure failure;
    private volatile long firstDeltaAt;
    private volatile long endedAt;

    @Override
    public synchronized void onDelta(String text) {
        if (ends.get() > 0) {
            deltasAfterEnd.incrementAndGet();
            ENDED_TWICE.add(this);
        }
        deltas.add(text);
        if (firstDelta.getCount() > 0) {
            firstDeltaAt = System.nanoTime();
            firstDelta.countDown();
        }
    }

    @Override
    public void onComplete(String finishReason, TokenUsage usage) {
        this.finishReason = finishReason;
        this.usage = usage;
        end();
    }

    @Override
    public void onError(ProviderFailure failure, TokenUsage usageSoFar) {
        this.failure = failure;
        this.usage = usageSoFar;
        end();
    }

    private void end() {
        endedAt = System.nanoTime();
        if (ends.incrementAndGet() > 1) {
            ENDED_TWICE.add(this);
        }
        ended.countDown();
    }

    /** Every stream of this test run that ended more than once or sent a delta after its end. */
    static List<RecordingStream> endedTwice() {
        return List.copyOf(ENDED_TWICE);
    }

    void awaitFirstDelta() throws InterruptedException {
        if (!firstDelta.await(3, TimeUnit.SECONDS)) {
            throw new AssertionError("no delta within 3 s");
        }
    }

    RecordingStream awaitEnd() throws InterruptedException {
        if (!ended.await(3, TimeUnit.SECONDS)) {
            throw new AssertionError("the stream did not end within 3 s");
        }
        return this;
    }

    synchronized List<String> deltas() {
        return List.copyOf(deltas);
    }

    int ends() {
        return ends.get();
    }

    int deltasAfterEnd() {
        return deltasAfterEnd.get();
    }

    String finishReason() {
        return finishReason;
    }

    TokenUsage usage() {
        return usage;
    }

    ProviderFailure failure() {
        return failure;
    }

    long millisFromFirstDeltaToEnd() {
        return (endedAt - firstDeltaAt) / 1_000_000;
    }
}

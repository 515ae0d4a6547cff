package io.modelgate.adapters.llm;

import io.modelgate.application.gateway.port.out.ChatStream;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.TokenUsage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link ChatStream} that records what it was told, and counts the ends (must be exactly one). */
class RecordingStream implements ChatStream {

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
        ends.incrementAndGet();
        ended.countDown();
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

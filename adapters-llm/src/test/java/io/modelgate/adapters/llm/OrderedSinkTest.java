package io.modelgate.adapters.llm;

import io.modelgate.domain.budget.TokenUsage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedSinkTest {

    private static final TokenUsage USAGE = new TokenUsage(1, 1, false);

    @Test
    void many_threads_racing_to_end_give_exactly_one_end_and_no_delta_after_it() throws Exception {
        for (int round = 0; round < 50; round++) {
            RecordingStream recorded = new RecordingStream();
            OrderedSink sink = new OrderedSink(recorded, () -> { });
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                threads.add(new Thread(() -> {
                    await(go);
                    for (int i = 0; i < 50; i++) {
                        sink.delta("d" + id + "-" + i);
                    }
                    sink.complete("stop", USAGE);
                }));
            }
            threads.forEach(Thread::start);
            go.countDown();
            for (Thread thread : threads) {
                thread.join();
            }

            assertThat(recorded.ends()).isEqualTo(1);
            assertThat(recorded.deltasAfterEnd()).isZero();
        }
    }

    @Test
    void a_sink_that_throws_on_a_delta_is_cancelled_and_ends_once() {
        AtomicInteger cancels = new AtomicInteger();
        RecordingStream recorded = new RecordingStream() {
            @Override
            public synchronized void onDelta(String text) {
                throw new IllegalStateException("client gone");
            }
        };
        OrderedSink[] holder = new OrderedSink[1];
        holder[0] = new OrderedSink(recorded, () -> {
            cancels.incrementAndGet();
            holder[0].complete(StreamingCall.CANCELLED, USAGE);
        });

        holder[0].delta("a");
        holder[0].delta("b");

        assertThat(cancels).hasValue(1);
        assertThat(recorded.ends()).isEqualTo(1);
        assertThat(recorded.finishReason()).isEqualTo(StreamingCall.CANCELLED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

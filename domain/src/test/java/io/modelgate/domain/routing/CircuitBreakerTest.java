package io.modelgate.domain.routing;

import io.modelgate.domain.routing.CircuitBreaker.State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTest {

    private static final Instant T0 = Instant.parse("2025-04-01T09:00:00Z");
    private static final Duration OPEN_FOR = Duration.ofSeconds(30);

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static CircuitBreaker openedAt(long seconds) {
        CircuitBreaker breaker = CircuitBreaker.withDefaults();
        for (int i = 0; i < 5; i++) {
            breaker.onFailure(at(seconds));
        }
        assertThat(breaker.state(at(seconds))).isEqualTo(State.OPEN);
        return breaker;
    }

    @Test
    void starts_closed_and_lets_calls_through() {
        CircuitBreaker breaker = CircuitBreaker.withDefaults();

        assertThat(breaker.state(T0)).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire(T0)).isTrue();
        assertThat(breaker.tryAcquire(T0)).isTrue();
        assertThat(breaker.failureThreshold()).isEqualTo(5);
        assertThat(breaker.openFor()).isEqualTo(OPEN_FOR);
    }

    @Test
    void opens_after_five_consecutive_failures() {
        CircuitBreaker breaker = CircuitBreaker.withDefaults();
        for (int i = 1; i <= 4; i++) {
            breaker.onFailure(at(i));
            assertThat(breaker.state(at(i))).as("after %d failures", i).isEqualTo(State.CLOSED);
            assertThat(breaker.tryAcquire(at(i))).isTrue();
        }
        breaker.onFailure(at(5));

        assertThat(breaker.state(at(5))).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire(at(5))).isFalse();
    }

    @Test
    void a_success_resets_the_count_of_consecutive_failures() {
        CircuitBreaker breaker = CircuitBreaker.withDefaults();
        for (int i = 0; i < 4; i++) {
            breaker.onFailure(at(i));
        }
        breaker.onSuccess(at(4));
        for (int i = 5; i < 9; i++) {
            breaker.onFailure(at(i));
        }

        assertThat(breaker.state(at(9))).isEqualTo(State.CLOSED);
        breaker.onFailure(at(9));
        assertThat(breaker.state(at(9))).isEqualTo(State.OPEN);
    }

    @Test
    void refuses_while_open_and_half_opens_exactly_when_the_interval_has_passed() {
        CircuitBreaker breaker = openedAt(0);

        assertThat(breaker.tryAcquire(at(29))).isFalse();
        assertThat(breaker.state(at(29))).isEqualTo(State.OPEN);
        assertThat(breaker.state(at(30))).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire(T0.plus(OPEN_FOR).minusNanos(1))).isFalse();
        assertThat(breaker.tryAcquire(at(30))).isTrue();
    }

    @Test
    void half_open_lets_exactly_one_probe_through() {
        CircuitBreaker breaker = openedAt(0);

        assertThat(breaker.tryAcquire(at(31))).as("the probe").isTrue();
        assertThat(breaker.state(at(31))).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire(at(31))).as("a second caller").isFalse();
        assertThat(breaker.tryAcquire(at(45))).as("a later caller while the probe is out").isFalse();
    }

    @Test
    void a_successful_probe_closes_the_breaker() {
        CircuitBreaker breaker = openedAt(0);
        breaker.tryAcquire(at(30));
        breaker.onSuccess(at(31));

        assertThat(breaker.state(at(31))).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire(at(31))).isTrue();
        // the failure count starts again from zero
        for (int i = 0; i < 4; i++) {
            breaker.onFailure(at(32));
        }
        assertThat(breaker.state(at(32))).isEqualTo(State.CLOSED);
    }

    @Test
    void a_failed_probe_opens_the_breaker_for_a_fresh_interval() {
        CircuitBreaker breaker = openedAt(0);
        breaker.tryAcquire(at(30));
        breaker.onFailure(at(40));

        assertThat(breaker.state(at(40))).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire(at(69))).isFalse();  // 29 s after the probe failed
        assertThat(breaker.state(at(70))).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire(at(70))).isTrue();
    }

    @Test
    void a_probe_that_never_reports_is_presumed_lost_after_the_interval() {
        CircuitBreaker breaker = openedAt(0);
        assertThat(breaker.tryAcquire(at(30))).isTrue();

        assertThat(breaker.tryAcquire(at(59))).isFalse();
        assertThat(breaker.tryAcquire(at(60))).as("the next probe").isTrue();
        assertThat(breaker.tryAcquire(at(60))).isFalse();
    }

    @Test
    void late_answers_while_open_change_nothing() {
        CircuitBreaker breaker = openedAt(0);
        breaker.onSuccess(at(10));
        breaker.onFailure(at(20));

        assertThat(breaker.state(at(29))).isEqualTo(State.OPEN);
        assertThat(breaker.state(at(30))).as("the interval was not extended").isEqualTo(State.HALF_OPEN);
    }

    @Test
    void an_earlier_instant_counts_as_no_time_passing() {
        CircuitBreaker breaker = openedAt(100);

        assertThat(breaker.tryAcquire(at(50))).isFalse();
        assertThat(breaker.state(at(50))).isEqualTo(State.OPEN);
    }

    @Test
    void a_custom_threshold_and_interval() {
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofMillis(500));
        breaker.onFailure(T0);

        assertThat(breaker.tryAcquire(T0.plusMillis(499))).isFalse();
        assertThat(breaker.tryAcquire(T0.plusMillis(500))).isTrue();
        assertThat(breaker).hasToString("CircuitBreaker[HALF_OPEN, 0/1 failures, open for PT0.5S]");
    }

    @Test
    void two_concurrent_callers_in_half_open_get_one_probe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 300; round++) {
                CircuitBreaker breaker = openedAt(0);
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Boolean> caller = () -> {
                    start.await(5, TimeUnit.SECONDS);
                    return breaker.tryAcquire(at(31));
                };
                List<Future<Boolean>> results = new ArrayList<>(pool.invokeAll(List.of(caller, caller)));
                int probes = 0;
                for (Future<Boolean> result : results) {
                    probes += result.get() ? 1 : 0;
                }
                assertThat(probes).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_probe_permit_given_back_unused_lets_the_next_caller_probe_at_once() {
        CircuitBreaker breaker = openedAt(0);
        assertThat(breaker.tryAcquire(at(30))).as("the probe").isTrue();
        assertThat(breaker.tryAcquire(at(31))).as("while the probe is out").isFalse();

        breaker.returnPermit(); // refused by the budget before it reached the endpoint

        assertThat(breaker.tryAcquire(at(31))).as("the next caller probes").isTrue();
        assertThat(breaker.tryAcquire(at(32))).isFalse();
        breaker.onSuccess(at(32));
        assertThat(breaker.state(at(32))).isEqualTo(State.CLOSED);
        breaker.returnPermit(); // closed: nothing to give back
        assertThat(breaker.state(at(32))).isEqualTo(State.CLOSED);
    }

    @Test
    void values_are_checked() {
        assertInvalid(() -> new CircuitBreaker(0, OPEN_FOR), "failureThreshold");
        assertInvalid(() -> new CircuitBreaker(5, Duration.ZERO), "openFor");
        assertInvalid(() -> new CircuitBreaker(5, Duration.ofSeconds(-1)), "openFor");
        assertInvalid(() -> new CircuitBreaker(5, null), "openFor");
        CircuitBreaker breaker = CircuitBreaker.withDefaults();
        assertInvalid(() -> breaker.tryAcquire(null), "now");
        assertInvalid(() -> breaker.onSuccess(null), "now");
        assertInvalid(() -> breaker.onFailure(null), "now");
        assertInvalid(() -> breaker.state(null), "now");
    }
}

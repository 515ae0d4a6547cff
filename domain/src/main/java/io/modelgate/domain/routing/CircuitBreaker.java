package io.modelgate.domain.routing;

import io.modelgate.domain.shared.Require;

import java.time.Duration;
import java.time.Instant;

/**
 * Stops sending calls to a provider endpoint that keeps failing, and tries it again carefully. One
 * breaker per endpoint; a pure state machine (the caller passes the instant of each event) and safe
 * to share between threads.
 *
 * <table>
 *   <caption>Transitions</caption>
 *   <tr><th>state</th><th>{@link #tryAcquire}</th><th>{@link #onSuccess}</th><th>{@link #onFailure}</th></tr>
 *   <tr><td>CLOSED</td><td>allowed</td><td>failure count back to 0</td>
 *       <td>count + 1; at {@code failureThreshold} consecutive failures: OPEN for {@code openFor}</td></tr>
 *   <tr><td>OPEN (before {@code openFor} has passed)</td><td>refused</td><td>ignored (a late answer)</td>
 *       <td>ignored (a late answer)</td></tr>
 *   <tr><td>HALF_OPEN (once {@code openFor} has passed)</td><td>allowed for exactly one caller, the probe;
 *       refused for the others while the probe is out</td><td>CLOSED</td>
 *       <td>OPEN again for a fresh {@code openFor}</td></tr>
 * </table>
 *
 * <p>A probe that reports nothing within {@code openFor} (its caller crashed or lost the answer) is
 * presumed lost, and the next caller becomes the probe: at most one probe per interval, and the breaker
 * can never stay stuck. Outcomes are not tied to permits, so in HALF_OPEN any reported success closes the
 * breaker and any reported failure opens it. An instant earlier than the last transition (clocks of
 * different threads) counts as no time passing.
 */
public final class CircuitBreaker {

    public static final int DEFAULT_FAILURE_THRESHOLD = 5;
    public static final Duration DEFAULT_OPEN_FOR = Duration.ofSeconds(30);

    public enum State {
        /** Calls flow; consecutive failures are counted. */
        CLOSED,
        /** Calls are refused until {@code openFor} has passed. */
        OPEN,
        /** One probe call at a time decides between CLOSED and OPEN. */
        HALF_OPEN
    }

    private final int failureThreshold;
    private final Duration openFor;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    /** OPEN: since when. */
    private Instant openedAt;
    /** HALF_OPEN: when the current probe was let through. */
    private Instant probeSentAt;

    public CircuitBreaker(int failureThreshold, Duration openFor) {
        Require.positive(failureThreshold, "failureThreshold");
        Require.present(openFor, "openFor");
        Require.that(!openFor.isNegative() && !openFor.isZero(), "openFor", "must be positive (was " + openFor + ")");
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
    }

    /** Five consecutive failures open it for 30 seconds. */
    public static CircuitBreaker withDefaults() {
        return new CircuitBreaker(DEFAULT_FAILURE_THRESHOLD, DEFAULT_OPEN_FOR);
    }

    /** Whether a call may go to the endpoint now; in HALF_OPEN a {@code true} makes the caller the probe. */
    public synchronized boolean tryAcquire(Instant now) {
        Require.present(now, "now");
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (!elapsed(openedAt, now)) {
                    return false;
                }
                state = State.HALF_OPEN;
                probeSentAt = now;
                return true;
            default: // HALF_OPEN
                if (probeSentAt != null && !elapsed(probeSentAt, now)) {
                    return false;
                }
                probeSentAt = now; // the earlier probe is presumed lost
                return true;
        }
    }

    /**
     * A permit that was not used (the call was refused before it reached the endpoint, by the budget say):
     * in HALF_OPEN the probe was not sent, so the next caller may be the probe at once.
     */
    public synchronized void returnPermit() {
        if (state == State.HALF_OPEN) {
            probeSentAt = null;
        }
    }

    public synchronized void onSuccess(Instant now) {
        Require.present(now, "now");
        if (state == State.OPEN) {
            return;
        }
        close();
    }

    public synchronized void onFailure(Instant now) {
        Require.present(now, "now");
        switch (state) {
            case CLOSED:
                consecutiveFailures++;
                if (consecutiveFailures >= failureThreshold) {
                    open(now);
                }
                return;
            case HALF_OPEN:
                open(now);
                return;
            default: // OPEN: a late answer to a call made before it opened
        }
    }

    /** The state at the instant: OPEN reads as HALF_OPEN once {@code openFor} has passed. */
    public synchronized State state(Instant now) {
        Require.present(now, "now");
        return state == State.OPEN && elapsed(openedAt, now) ? State.HALF_OPEN : state;
    }

    public int failureThreshold() {
        return failureThreshold;
    }

    public Duration openFor() {
        return openFor;
    }

    private boolean elapsed(Instant since, Instant now) {
        return !now.isBefore(since.plus(openFor));
    }

    private void open(Instant now) {
        state = State.OPEN;
        openedAt = now;
        probeSentAt = null;
        consecutiveFailures = 0;
    }

    private void close() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        openedAt = null;
        probeSentAt = null;
    }

    @Override
    public synchronized String toString() {
        return "CircuitBreaker[" + state + ", " + consecutiveFailures + "/" + failureThreshold + " failures, open for "
                + openFor + "]";
    }
}

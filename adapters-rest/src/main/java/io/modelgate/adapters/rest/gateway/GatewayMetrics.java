package io.modelgate.adapters.rest.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.modelgate.application.gateway.port.in.GatewayAnswer;
import io.modelgate.domain.ledger.Refusal;
import io.modelgate.domain.budget.TokenUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;

/**
 * The gateway's Micrometer meters (names and tags in docs/operations.md). Tags are bounded: catalog model
 * ids, fixed outcome words and refusal reasons. Never a request id, subject, department, key or prompt.
 */
@ApplicationScoped
public class GatewayMetrics {

    static final String NO_MODEL = "none";

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "modelgate.cost.currency", defaultValue = "JPY")
    String currency;

    /** A non-streamed call that was answered; {@code totalNanos} runs from the request to the answer. */
    void answered(GatewayAnswer answer, long totalNanos) {
        String model = answer.governed().model().value();
        call("success", model, false);
        tokens(model, answer.completion().usage());
        cost(model, answer.costMicros());
        Duration upstream = answer.completion().upstreamTime();
        Timer.builder("modelgate.gateway.latency").description("Gateway call time, request to answer")
                .tag("model", model).register(registry).record(Duration.ofNanos(totalNanos));
        Timer.builder("modelgate.gateway.added.latency")
                .description("What the gateway adds to a non-streamed call: total minus the answering upstream call")
                .tag("model", model).register(registry)
                .record(Duration.ofNanos(Math.max(0, totalNanos - upstream.toNanos())));
    }

    /**
     * Counts one stream once both are known: the routed model (when {@code stream()} returns) and the end
     * (on the provider's thread, which may come first when the upstream is fast). {@code startedNanos} is
     * when the request came in.
     */
    StreamTally stream(long startedNanos) {
        return new StreamTally(startedNanos);
    }

    final class StreamTally {
        private final long started;
        private long firstDelta = -1;
        private long costMicros = -1;
        private long ended;
        private String model;
        private String outcome;
        private TokenUsage usage;
        private boolean counted;

        StreamTally(long started) {
            this.started = started;
        }

        synchronized void routedTo(String routed) {
            model = routed;
            countOnce();
        }

        synchronized void delta() {
            if (firstDelta < 0) {
                firstDelta = System.nanoTime();
            }
        }

        synchronized void charged(long micros) {
            costMicros = micros;
        }

        /** {@code ended} is success, client_aborted or provider_error. */
        synchronized void ended(String ended, TokenUsage used) {
            outcome = ended;
            usage = used;
            this.ended = System.nanoTime();
            countOnce();
        }

        private void countOnce() {
            if (counted || model == null || outcome == null) {
                return;
            }
            counted = true;
            call(outcome, model, true);
            if (usage != null) {
                tokens(model, usage);
            }
            if (costMicros >= 0) {
                cost(model, costMicros);
            }
            if (firstDelta >= 0) {
                Timer.builder("modelgate.gateway.stream.first.token")
                        .description("Streamed calls: from the request to the first text sent on (time to first token)")
                        .tag("model", model).register(registry).record(Duration.ofNanos(firstDelta - started));
            }
            Timer.builder("modelgate.gateway.stream.duration")
                    .description("Streamed calls: from the request to the stream's end, by outcome")
                    .tag("model", model).tag("outcome", outcome.toLowerCase(Locale.ROOT)).register(registry)
                    .record(Duration.ofNanos(ended - started));
        }
    }

    /** A call the gateway refused (403, 402, 409) or could not serve (503). */
    void refused(Refusal refusal, boolean stream) {
        Counter.builder("modelgate.gateway.refusals").description("Gateway calls refused, by reason")
                .tag("reason", refusal.name()).register(registry).increment();
        call(refusal.kind() == Refusal.Kind.UNAVAILABLE ? "unavailable" : "refused", NO_MODEL, stream);
    }

    /** A call that could not be read (400, 422) or failed unexpectedly. */
    void rejected(boolean stream) {
        call("rejected", NO_MODEL, stream);
    }

    private void call(String outcome, String model, boolean stream) {
        Counter.builder("modelgate.gateway.calls").description("Gateway calls by outcome and model")
                .tag("outcome", outcome.toLowerCase(Locale.ROOT)).tag("model", model)
                .tag("stream", Boolean.toString(stream)).register(registry).increment();
    }

    private void cost(String model, long micros) {
        Counter.builder("modelgate.gateway.cost.micros")
                .description("What answered calls and ended streams were charged, in millionths of the currency tag")
                .tag("model", model).tag("currency", currency).register(registry).increment(micros);
    }

    private void tokens(String model, TokenUsage usage) {
        Counter.builder("modelgate.gateway.tokens").description("Tokens of gateway calls, by direction")
                .tag("model", model).tag("direction", "input").register(registry).increment(usage.inputTokens());
        Counter.builder("modelgate.gateway.tokens").description("Tokens of gateway calls, by direction")
                .tag("model", model).tag("direction", "output").register(registry).increment(usage.outputTokens());
    }
}

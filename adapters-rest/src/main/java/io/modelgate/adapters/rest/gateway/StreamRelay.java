package io.modelgate.adapters.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.application.gateway.port.in.StartedStream;
import io.modelgate.application.gateway.port.in.StreamListener;
import io.modelgate.domain.budget.TokenUsage;
import io.vertx.core.http.HttpServerResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One streamed call on its way to the client as server-sent events in OpenAI's chunk format: the gateway's
 * listener queues what the provider sends (on the provider's thread), and {@link #relay} writes it (on the
 * response's thread). Every stream ends with {@code data: [DONE]}, after an error event when it failed.
 */
final class StreamRelay implements StreamListener {

    /** One thing to send: a delta, the end (finish reason and usage), or a failure (code and message). */
    private record Event(String text, String finishReason, TokenUsage usage, String code, String message) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final ObjectMapper json;
    private final GatewayMetrics.StreamTally tally;
    private final long created;
    private volatile boolean clientGone;

    StreamRelay(ObjectMapper json, GatewayMetrics.StreamTally tally, long created) {
        this.json = json;
        this.tally = tally;
        this.created = created;
    }

    @Override
    public void onDelta(String text) {
        tally.delta();
        events.add(new Event(text, null, null, null, null));
    }

    @Override
    public void onComplete(String finishReason, TokenUsage usage, long costMicros) {
        tally.charged(costMicros);
        tally.ended(clientGone ? "client_aborted" : "success", usage);
        events.add(new Event(null, finishReason, usage, null, null));
    }

    @Override
    public void onError(String code, String message, TokenUsage usageSoFar, long costMicros) {
        tally.charged(costMicros);
        tally.ended(clientGone ? "client_aborted" : "provider_error", usageSoFar);
        events.add(new Event(null, null, usageSoFar, code, message));
    }

    /**
     * Writes the chunks as they arrive. Writes to a connection the client closed are dropped silently by the HTTP
     * server, so the connection is checked at every event and at least once a second: a client that went away
     * cancels the upstream call, and the usage so far is settled.
     */
    void relay(StartedStream streaming, OutputStream out, HttpServerResponse connection) throws IOException {
        String model = streaming.governed().model().value();
        tally.routedTo(model);
        String id = streaming.requestId().value();
        boolean first = true;
        try {
            while (true) {
                Event event = events.poll(1, TimeUnit.SECONDS);
                if (connection.closed()) {
                    hungUp(streaming);
                    return;
                }
                if (event == null) {
                    write(out, ": keep-alive\n\n"); // notices a vanished client
                    continue;
                }
                if (event.text() != null) {
                    send(out, OpenAiFormat.chunk(json, id, model, created, event.text(), null, first));
                    first = false;
                    continue;
                }
                if (event.code() != null) {
                    ObjectNode error = json.createObjectNode();
                    ObjectNode detail = error.putObject("error");
                    detail.put("message", event.message());
                    detail.put("type", "provider_error");
                    detail.put("code", event.code());
                    send(out, error);
                } else {
                    send(out, OpenAiFormat.chunk(json, id, model, created, null, event.finishReason(), first));
                    send(out, OpenAiFormat.usageChunk(json, id, model, created, event.usage()));
                }
                write(out, "data: [DONE]\n\n");
                return;
            }
        } catch (IOException | RuntimeException e) {
            hungUp(streaming);
            throw e instanceof IOException io ? io : new IOException(e);
        } catch (InterruptedException e) {
            streaming.cancel();
            Thread.currentThread().interrupt();
        }
    }

    private void hungUp(StartedStream streaming) {
        clientGone = true;
        streaming.cancel();
    }

    private void send(OutputStream out, JsonNode chunk) throws IOException {
        write(out, "data: " + json.writeValueAsString(chunk) + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

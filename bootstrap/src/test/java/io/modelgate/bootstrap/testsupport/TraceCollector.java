package io.modelgate.bootstrap.testsupport;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Switches tracing on for the test suite and receives the spans: a minimal OTLP/HTTP endpoint that keeps
 * every export's raw protobuf bytes. Strings in protobuf are plain UTF-8, so tests can search the bytes for
 * what must never be in a span (keys, prompt text). The production default stays off (application.properties).
 */
public class TraceCollector implements QuarkusTestResourceLifecycleManager {

    private static final ByteArrayOutputStream RECEIVED = new ByteArrayOutputStream();
    private static final AtomicInteger EXPORTS = new AtomicInteger();
    private static HttpServer server;

    /** Everything exported so far, as text (protobuf strings are UTF-8). */
    public static String received() {
        synchronized (RECEIVED) {
            return RECEIVED.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public static int exports() {
        return EXPORTS.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "trace-collector");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/v1/traces", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (RECEIVED) {
                RECEIVED.writeBytes(body);
            }
            EXPORTS.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.bsp.schedule.delay", "200ms");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}

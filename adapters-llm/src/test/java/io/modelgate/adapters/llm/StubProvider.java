package io.modelgate.adapters.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A provider on 127.0.0.1 that answers with exactly the bytes a test gives it: JSON, SSE written in pieces
 * (each event split in two writes, so multi-byte characters cross chunk borders), pauses, silence, an
 * abrupt close, or a keep-alive that notices when the client hangs up.
 */
final class StubProvider implements AutoCloseable {

    /** What the stub received. Header names are lower-cased. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(",", values);
        }
    }

    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch clientGone = new CountDownLatch(1);
    private volatile Responder responder = json(200, "{}");

    private StubProvider(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    static StubProvider start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "stub-provider");
            thread.setDaemon(true);
            return thread;
        });
        StubProvider stub = new StubProvider(server, pool);
        server.createContext("/", stub::handle);
        server.setExecutor(pool);
        server.start();
        return stub;
    }

    URI baseUrl(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void answer(Responder responder) {
        this.responder = responder;
    }

    Received received() throws InterruptedException {
        Received request = received.poll(2, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the stub received no request");
        }
        return request;
    }

    /** True when the client closed the connection while {@link #sseThenKeepAlive} was still writing. */
    boolean awaitClientGone(long millis) throws InterruptedException {
        return clientGone.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body));
        try {
            responder.respond(exchange);
        } catch (Abort e) {
            throw e; // not closed here: HttpServer drops the connection without ending the chunked body
        } catch (IOException e) {
            exchange.close();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        } catch (Exception e) {
            exchange.close();
            throw new IOException(e);
        }
        exchange.close();
    }

    // --- responders ------------------------------------------------------------------------------------

    static Responder json(int status, String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    static Responder after(long millis, Responder then) {
        return exchange -> {
            Thread.sleep(millis);
            then.respond(exchange);
        };
    }

    static Responder sse(List<String> events) {
        return sse(events, 0);
    }

    static Responder sse(List<String> events, long pauseMillis) {
        return exchange -> {
            OutputStream out = startSse(exchange);
            for (String event : events) {
                writeInTwo(out, event);
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        };
    }

    static Responder sseThenSilence(List<String> events, long silenceMillis) {
        return exchange -> {
            OutputStream out = startSse(exchange);
            for (String event : events) {
                writeInTwo(out, event);
            }
            Thread.sleep(silenceMillis);
        };
    }

    static Responder sseThenAbort(List<String> events) {
        return exchange -> {
            OutputStream out = startSse(exchange);
            for (String event : events) {
                writeInTwo(out, event);
            }
            throw new Abort();
        };
    }

    /** Sends the events, then an SSE comment every 20 ms until the client hangs up (for at most 3 s). */
    Responder sseThenKeepAlive(List<String> events) {
        return exchange -> {
            OutputStream out = startSse(exchange);
            for (String event : events) {
                writeInTwo(out, event);
            }
            try {
                for (int i = 0; i < 150; i++) {
                    Thread.sleep(20);
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                clientGone.countDown();
            }
        };
    }

    /** Headers and half a JSON body, then nothing for a while. */
    static Responder trickle(String body, long stallMillis) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes, 0, bytes.length / 2);
            exchange.getResponseBody().flush();
            Thread.sleep(stallMillis);
            exchange.getResponseBody().write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        };
    }

    private static OutputStream startSse(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static void writeInTwo(OutputStream out, String event) throws IOException {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        int half = bytes.length / 2;
        out.write(bytes, 0, half);
        out.flush();
        out.write(bytes, half, bytes.length - half);
        out.flush();
    }

    /** Thrown by a responder to drop the connection mid-answer. */
    static final class Abort extends RuntimeException {
    }
}

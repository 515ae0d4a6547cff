package io.modelgate.bootstrap.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local OpenAI-compatible upstream speaking the exact chat-completions JSON and SSE: answers at
 * once with fixed usage (21 prompt + 7 completion tokens). Paths choose the behaviour:
 * {@code /ok/v1/...} answers, {@code /failing/v1/...} answers 503, {@code /slow/v1/...} waits 3 s.
 * It counts the calls and tokens it served, so tests can compare the ledger with the upstream.
 */
public final class ProviderStub implements AutoCloseable {

    public static final int PROMPT_TOKENS = 21;
    public static final int COMPLETION_TOKENS = 7;

    private final HttpServer server;
    public final AtomicInteger okCalls = new AtomicInteger();
    public final AtomicInteger failedCalls = new AtomicInteger();
    public final AtomicLong tokensServed = new AtomicLong();
    public final AtomicInteger abortedStreams = new AtomicInteger();

    private static ProviderStub shared;

    public static synchronized ProviderStub shared() {
        if (shared == null) {
            shared = new ProviderStub();
        }
        return shared;
    }

    private ProviderStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl(String behaviour) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + behaviour + "/v1";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (!path.endsWith("/chat/completions")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (path.startsWith("/failing/")) {
                failedCalls.incrementAndGet();
                send(exchange, 503, "application/json",
                        "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}");
                return;
            }
            if (path.startsWith("/slow/")) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            okCalls.incrementAndGet();
            tokensServed.addAndGet(PROMPT_TOKENS + COMPLETION_TOKENS);
            String usage = "\"usage\":{\"prompt_tokens\":" + PROMPT_TOKENS + ",\"completion_tokens\":"
                    + COMPLETION_TOKENS + ",\"total_tokens\":" + (PROMPT_TOKENS + COMPLETION_TOKENS) + "}";
            if (path.startsWith("/slowstream/")) {
                // A long answer, one word every 200 ms: lets a test hang up in the middle.
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                try {
                    for (int i = 0; i < 100; i++) {
                        out.write(("data: {\"id\":\"chatcmpl-slow\",\"object\":\"chat.completion.chunk\",\"created\":1,"
                                + "\"model\":\"stub\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word \"},"
                                + "\"finish_reason\":null}]}\n\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        Thread.sleep(200);
                    }
                } catch (IOException | InterruptedException gone) {
                    abortedStreams.incrementAndGet(); // the gateway hung up: what we expect
                }
                return;
            }
            if (body.contains("\"stream\":true")) {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                String head = "{\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion.chunk\",\"created\":1,"
                        + "\"model\":\"stub\",";
                for (String word : new String[]{"Hello", " from", " the", " stub"}) {
                    out.write(("data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + word
                            + "\"},\"finish_reason\":null}]}\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                out.write(("data: " + head + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(("data: " + head + "\"choices\":[]," + usage + "}\n\n").getBytes(StandardCharsets.UTF_8));
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                return;
            }
            send(exchange, 200, "application/json", "{\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion\","
                    + "\"created\":1,\"model\":\"stub\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                    + "\"content\":\"Hello from the stub\"},\"logprobs\":null,\"finish_reason\":\"stop\"}]," + usage + "}");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

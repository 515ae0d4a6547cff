package io.modelgate.bootstrap.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An upstream that misbehaves on purpose, for the fault scenarios. The first path segment names the
 * behaviour, and every hit is timed per segment so tests can see exactly when an endpoint was tried:
 * <ul>
 *   <li>{@code ok…} — answers an OpenAI chat completion at once (21 + 7 tokens), JSON or SSE;</li>
 *   <li>{@code outage…} — 503 with an OpenAI error body;</li>
 *   <li>{@code hang…} — says nothing for {@link #HANG_MILLIS}, far past the endpoint's timeout, then 503;</li>
 *   <li>{@code echo401…}, {@code echo400…}, {@code echo500…} — that status, with every request header and the
 *       query string copied into the error body, the error type and a response header (a careless provider
 *       that echoes the caller's key);</li>
 *   <li>{@code echostream…} — HTTP 200 and then an SSE error event carrying the same echo.</li>
 * </ul>
 */
public final class FaultyProvider implements AutoCloseable {

    public static final long HANG_MILLIS = 3_000;

    private static FaultyProvider shared;

    private final HttpServer server;
    private final Map<String, List<Long>> hits = new ConcurrentHashMap<>();
    private final Set<String> keysSeen = ConcurrentHashMap.newKeySet();

    public static synchronized FaultyProvider shared() {
        if (shared == null) {
            shared = new FaultyProvider();
        }
        return shared;
    }

    private FaultyProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // hanging answers hold a thread each: a cached pool, so they never starve the others
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "faulty-provider");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl(String behaviour) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + behaviour + "/v1";
    }

    /** Arrival instants ({@link System#nanoTime()}) of the calls to one behaviour path. */
    public List<Long> hits(String behaviour) {
        return List.copyOf(hits.getOrDefault(behaviour, List.of()));
    }

    /** Every credential the callers sent (to prove a secret-hygiene test had real secrets in play). */
    public Set<String> keysSeen() {
        return Set.copyOf(keysSeen);
    }

    public int hitCount(String behaviour) {
        return hits.getOrDefault(behaviour, List.of()).size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String behaviour = path.substring(1, path.indexOf('/', 1) > 0 ? path.indexOf('/', 1) : path.length());
        hits.computeIfAbsent(behaviour, b -> new CopyOnWriteArrayList<>()).add(arrived);
        keysSeen.add(secretOf(exchange));
        try (exchange) {
            if (behaviour.startsWith("ok")) {
                answer(exchange, body.contains("\"stream\":true"));
            } else if (behaviour.startsWith("outage")) {
                send(exchange, 503, "application/json", "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}");
            } else if (behaviour.startsWith("hang")) {
                try {
                    Thread.sleep(HANG_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 503, "application/json", "{\"error\":{\"message\":\"late\",\"type\":\"server_error\"}}");
            } else if (behaviour.startsWith("echostream")) {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                exchange.getResponseBody().write(("event: error\ndata: " + echo(exchange) + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (behaviour.startsWith("echo")) {
                String key = secretOf(exchange);
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"" + key + "\"");
                exchange.getResponseHeaders().add("X-Echo-Key", key);
                send(exchange, Integer.parseInt(behaviour.substring(4, 7)), "application/json", echo(exchange));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    /** An error body in the shape of each protocol at once (OpenAI, Anthropic, Gemini), full of the caller's secrets. */
    private static String echo(HttpExchange exchange) {
        String key = secretOf(exchange);
        StringBuilder headers = new StringBuilder();
        exchange.getRequestHeaders().forEach((name, values) -> headers.append(name).append(": ")
                .append(String.join(",", values)).append("; "));
        String query = String.valueOf(exchange.getRequestURI().getRawQuery());
        String message = "you sent " + headers + " query " + query;
        return "{\"type\":\"error\",\"error\":{\"type\":" + quote(key) + ",\"code\":" + quote(key)
                + ",\"status\":" + quote(key) + ",\"message\":" + quote(message) + ",\"details\":[{\"reason\":"
                + quote(key) + "}]}}";
    }

    /** Whatever credential the caller sent: the bare key, as a careless provider would quote it. */
    private static String secretOf(HttpExchange exchange) {
        for (String header : new String[]{"Authorization", "x-api-key", "x-goog-api-key"}) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                return value.startsWith("Bearer ") ? value.substring(7) : value;
            }
        }
        return "no-key";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void answer(HttpExchange exchange, boolean stream) throws IOException {
        String usage = "\"usage\":{\"prompt_tokens\":" + ProviderStub.PROMPT_TOKENS + ",\"completion_tokens\":"
                + ProviderStub.COMPLETION_TOKENS + ",\"total_tokens\":"
                + (ProviderStub.PROMPT_TOKENS + ProviderStub.COMPLETION_TOKENS) + "}";
        if (!stream) {
            send(exchange, 200, "application/json", "{\"id\":\"chatcmpl-fault\",\"object\":\"chat.completion\","
                    + "\"created\":1,\"model\":\"stub\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                    + "\"content\":\"Hello from the backup\"},\"finish_reason\":\"stop\"}]," + usage + "}");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        String head = "{\"id\":\"chatcmpl-fault\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\",";
        String events = "data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}\n\n"
                + "data: " + head + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                + "data: " + head + "\"choices\":[]," + usage + "}\n\n"
                + "data: [DONE]\n\n";
        exchange.getResponseBody().write(events.getBytes(StandardCharsets.UTF_8));
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

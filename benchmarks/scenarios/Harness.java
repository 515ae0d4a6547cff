import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault scenarios' tools in one file (run with {@code java Harness.java …}, JDK 17, no dependencies):
 * <ul>
 *   <li>{@code stub PORT [delayMillis]} — an OpenAI-compatible upstream that answers every chat completion
 *       with 21 prompt + 7 completion tokens and COUNTS what it served: {@code GET /stats}.</li>
 *   <li>{@code setup BASE DATA_DIR DEPT} — mints local tokens from the data directory's key, takes an
 *       approval for mistral-7b-instruct on-premises through the real review workflow, prints a
 *       gateway-client token of DEPT.</li>
 *   <li>{@code burst BASES TOKEN N} — N calls at once, spread round-robin over the comma-separated base URLs.</li>
 *   <li>{@code load BASES TOKEN RATE SECONDS EVENTS_FILE} — open-loop load at RATE calls/s; every call's
 *       send time (epoch ms), status and latency go to EVENTS_FILE.</li>
 * </ul>
 */
public class Harness {

    static final String CHAT = "{\"model\": \"auto\", \"max_tokens\": 64, \"messages\": [{\"role\": \"user\","
            + " \"content\": \"Summarise this week's figures.\"}]}";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "stub" -> stub(Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 0);
            case "setup" -> setup(args[1], Path.of(args[2]), args[3]);
            case "burst" -> burst(args[1].split(","), args[2], Integer.parseInt(args[3]));
            case "load" -> load(args[1].split(","), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // --- upstream stub ---------------------------------------------------------------------------

    static void stub(int port, long delayMillis) throws IOException {
        AtomicLong calls = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/stats")) {
                    send(exchange, 200, "{\"calls\":" + calls.get() + ",\"tokens\":" + tokens.get() + "}");
                    return;
                }
                if (!path.endsWith("/chat/completions")) {
                    send(exchange, 404, "{}");
                    return;
                }
                if (delayMillis > 0) {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                // Counted as served when the answer is about to leave: what a provider would bill.
                calls.incrementAndGet();
                tokens.addAndGet(28);
                send(exchange, 200, "{\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion\",\"created\":1,"
                        + "\"model\":\"stub\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"Hello from the stub\"},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":7,\"total_tokens\":28}}");
            }
        });
        server.start();
        System.out.println("stub listening on 127.0.0.1:" + port);
    }

    static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    // --- tokens and approval ---------------------------------------------------------------------

    static PrivateKey key(Path dataDir) throws Exception {
        String pem = Files.readString(dataDir.resolve("keys").resolve("local-signing-key.pem"));
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static String token(PrivateKey key, String subject, String role, String department) throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"modelgate-local\",\"sub\":\"" + subject + "\",\"preferred_username\":\"" + subject
                + "\",\"groups\":[\"" + role + "\"],\"department\":\"" + department + "\",\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + ",\"jti\":\"" + java.util.UUID.randomUUID() + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(signature.sign());
    }

    static void setup(String base, Path dataDir, String dept) throws Exception {
        PrivateKey key = key(dataDir);
        HttpClient http = HttpClient.newHttpClient();
        String requester = token(key, "req-" + dept, "requester", dept);
        String body = """
                {"modelId": "mistral-7b-instruct", "deployment": "ON_PREMISES",
                 "useCase": {"purpose": "Fault scenario", "taskCategory": "REPORT_GENERATION", "audience": "INTERNAL",
                   "commercial": false, "redistributesModel": false, "fineTunes": false,
                   "expectedMonthlyActiveUsers": 20, "highestClassification": "INTERNAL",
                   "volume": {"requestsPerMonth": 1000, "averageInputTokens": 500, "averageOutputTokens": 200}}}""";
        String created = call(http, "POST", base + "/api/v1/usage-requests", requester, body, 201);
        String id = field(created, "id");
        String submitted = call(http, "POST", base + "/api/v1/usage-requests/" + id + "/submit", requester, null, 200);
        Matcher reviews = Pattern.compile("\"(SECURITY|LEGAL|FINANCE)\"").matcher(
                submitted.substring(submitted.indexOf("\"requiredReviews\"")));
        List<String> kinds = new ArrayList<>();
        while (reviews.find() && !kinds.contains(reviews.group(1))) {
            kinds.add(reviews.group(1));
        }
        for (String kind : kinds) {
            String k = kind.toLowerCase();
            call(http, "POST", base + "/api/v1/usage-requests/" + id + "/reviews",
                    token(key, k + "-lead", k + "-reviewer", k), "{\"kind\": \"" + kind + "\", \"outcome\": \"APPROVE\"}",
                    200);
        }
        System.out.println(token(key, "svc-" + dept, "gateway-client", dept));
    }

    static String call(HttpClient http, String method, String url, String token, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    // --- load ----------------------------------------------------------------------------------------

    /** @param error the failure's type when no HTTP answer came (status 0), else "-" */
    record Outcome(long sentAtMillis, int status, long latencyMicros, String error) {
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
    }

    static CompletableFuture<Outcome> chat(HttpClient http, String base, String token) {
        return chat(http, base, token, Duration.ofSeconds(30));
    }

    static CompletableFuture<Outcome> chat(HttpClient http, String base, String token, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/gateway/v1/chat/completions"))
                .timeout(timeout).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("X-Task-Category", "REPORT_GENERATION")
                .POST(HttpRequest.BodyPublishers.ofString(CHAT)).build();
        long sentAt = System.currentTimeMillis();
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> new Outcome(sentAt, response == null ? 0 : response.statusCode(),
                        (System.nanoTime() - started) / 1000, failure == null ? "-" : rootCause(failure)));
    }

    static String rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    static void burst(String[] bases, String token, int n) {
        HttpClient http = client();
        List<CompletableFuture<Outcome>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // A burst on a small machine takes a while to serve: wait for every answer.
            calls.add(chat(http, bases[i % bases.length], token, Duration.ofMinutes(3)));
        }
        Map<String, Integer> statuses = new TreeMap<>();
        for (CompletableFuture<Outcome> call : calls) {
            Outcome o = call.join();
            statuses.merge(o.status() + (o.status() == 0 ? "_" + o.error() : ""), 1, Integer::sum);
        }
        statuses.forEach((status, count) -> System.out.println("status_" + status + "=" + count));
        System.exit(0);
    }

    static void load(String[] bases, String token, int rate, int seconds, Path events) throws Exception {
        HttpClient http = client();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            // Open loop: sent on schedule whether or not earlier calls have answered.
            calls.add(chat(http, bases[(int) (i % bases.length)], token).thenAccept(outcomes::add));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(events))) {
            outcomes.stream().sorted((a, b) -> Long.compare(a.sentAtMillis(), b.sentAtMillis()))
                    .forEach(o -> out.println(o.sentAtMillis() + " " + o.status() + " " + o.latencyMicros() + " " + o.error()));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        outcomes.forEach(o -> statuses.merge(o.status(), 1, Integer::sum));
        statuses.forEach((status, count) -> System.out.println("status_" + status + "=" + count));
        System.exit(0);
    }
}

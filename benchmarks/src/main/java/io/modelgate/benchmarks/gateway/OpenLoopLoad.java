package io.modelgate.benchmarks.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.HdrHistogram.Histogram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP load generator: requests leave at a fixed rate whatever the server does, and each
 * latency is measured from the request's <em>intended</em> send time, so a server that stalls is charged
 * for every request that should have left meanwhile (no coordinated omission). Requests beyond the open
 * connections wait in the client's queue, and that wait counts too.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.modelgate.benchmarks.gateway.OpenLoopLoad \
 *      --url URL --rate 2000 --seconds 15 --warmup 5 --body body.json [--header 'Name: value']…
 *      [--tokens tokens.txt]
 * </pre>
 *
 * With {@code --tokens}, request i carries {@code Authorization: Bearer <line i mod n>} of the file (one token
 * per line), so load can be spread over several callers.
 *
 * Prints one JSON object: offered rate, sent, 2xx, non-2xx, timeouts, other errors, achieved 2xx rate,
 * p50/p90/p99/p99.9/max in microseconds of the measured (post-warm-up) requests.
 */
public final class OpenLoopLoad {

    private OpenLoopLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        String url = null;
        String bodyFile = null;
        List<String> tokens = List.of();
        double rate = 100;
        double seconds = 10;
        double warmup = 0;
        int connections = 256;
        int timeoutMillis = 5_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--url" -> url = value;
                case "--rate" -> rate = Double.parseDouble(value);
                case "--seconds" -> seconds = Double.parseDouble(value);
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--body" -> bodyFile = value;
                case "--tokens" -> tokens = Files.readAllLines(Path.of(value)).stream().map(String::strip)
                        .filter(t -> !t.isEmpty()).toList();
                case "--connections" -> connections = Integer.parseInt(value);
                case "--timeout-ms" -> timeoutMillis = Integer.parseInt(value);
                case "--header" -> {
                    int colon = value.indexOf(':');
                    headers.put(value.substring(0, colon).strip(), value.substring(colon + 1).strip());
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (url == null || bodyFile == null) {
            throw new IllegalArgumentException("--url and --body are required");
        }
        Buffer body = Buffer.buffer(Files.readAllBytes(Path.of(bodyFile)));
        Result result = run(url, headers, tokens, body, rate, seconds, warmup, connections, timeoutMillis);
        System.out.println(result.json());
        System.exit(0);
    }

    static Result run(String url, Map<String, String> headers, List<String> tokens, Buffer body, double rate,
                      double seconds, double warmup, int connections, int timeoutMillis) throws InterruptedException {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true).setConnectTimeout(timeoutMillis),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
        RequestOptions template = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
                .setIdleTimeout(timeoutMillis);
        headers.forEach(template::putHeader);
        template.putHeader("Content-Type", "application/json");

        // Microseconds from 1 µs to 60 s, 3 significant digits. Only the completion callbacks (one event loop) record.
        Histogram histogram = new Histogram(1, 60_000_000L, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong non2xx = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        AtomicLong otherErrors = new AtomicLong();
        AtomicLong lastCompletion = new AtomicLong();
        AtomicBoolean over = new AtomicBoolean(); // answers after the final wait are not counted twice
        long periodNanos = (long) (1e9 / rate);
        long total = (long) ((warmup + seconds) * rate);
        long measuredFrom = (long) (warmup * rate);
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime() + 50_000_000L;
        long measureStart = start + measuredFrom * periodNanos;
        for (long i = 0; i < total; i++) {
            long intended = start + i * periodNanos;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = i >= measuredFrom;
            RequestOptions options = new RequestOptions(template);
            if (!tokens.isEmpty()) {
                options.putHeader("Authorization", "Bearer " + tokens.get((int) (i % tokens.size())));
            }
            client.request(options)
                    .compose(request -> request.send(body))
                    .compose(response -> response.body().map(b -> response.statusCode()))
                    .onComplete(outcome -> {
                        long end = System.nanoTime();
                        if (measured && !over.get()) {
                            lastCompletion.accumulateAndGet(end, Math::max);
                            if (outcome.succeeded() && outcome.result() / 100 == 2) {
                                ok.incrementAndGet();
                                histogram.recordValue(Math.max(1, (end - intended) / 1_000));
                            } else if (outcome.succeeded()) {
                                non2xx.incrementAndGet();
                                histogram.recordValue(Math.max(1, (end - intended) / 1_000));
                            } else if (String.valueOf(outcome.cause()).toLowerCase(Locale.ROOT).contains("timeout")) {
                                timeouts.incrementAndGet();
                            } else {
                                otherErrors.incrementAndGet();
                            }
                        }
                        done.countDown();
                    });
        }
        done.await(timeoutMillis + 5_000L, TimeUnit.MILLISECONDS);
        over.set(true);
        long sent = total - measuredFrom;
        long unanswered = sent - ok.get() - non2xx.get() - timeouts.get() - otherErrors.get();
        double window = Math.max(lastCompletion.get() - measureStart, 1) / 1e9;
        vertx.close();
        return new Result(rate, sent, ok.get(), non2xx.get(), timeouts.get() + unanswered, otherErrors.get(),
                ok.get() / window, histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
                histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9), histogram.getMaxValue());
    }

    record Result(double offered, long sent, long ok, long non2xx, long timeouts, long otherErrors, double achieved,
                  long p50, long p90, long p99, long p999, long max) {
        String json() {
            return String.format(Locale.ROOT, "{\"offered\":%.0f,\"sent\":%d,\"ok\":%d,\"non2xx\":%d,\"timeouts\":%d,"
                            + "\"otherErrors\":%d,\"achieved\":%.1f,\"p50us\":%d,\"p90us\":%d,\"p99us\":%d,"
                            + "\"p999us\":%d,\"maxus\":%d}", offered, sent, ok, non2xx, timeouts, otherErrors, achieved,
                    p50, p90, p99, p999, max);
        }
    }
}

package io.modelgate.benchmarks.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The upstream for the gateway-overhead benchmark: an OpenAI-compatible chat-completions endpoint that
 * answers at once with a fixed body and fixed usage (21 prompt + 7 completion tokens), on one Vert.x event
 * loop so that it costs as little CPU as possible and is never the bottleneck. The load generator calls it
 * directly under {@code /direct/v1}, the gateway under {@code /v1}; {@code GET /stats} tells how many
 * completions and tokens each served, so the harness can compare the gateway's with its ledger.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.modelgate.benchmarks.gateway.UpstreamStub 9091</pre>
 */
public final class UpstreamStub {

    static final int PROMPT_TOKENS = 21;
    static final int COMPLETION_TOKENS = 7;

    private static final Buffer ANSWER = Buffer.buffer("{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\","
            + "\"created\":1,\"model\":\"stub\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Hello from the stub\"},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":" + PROMPT_TOKENS + ",\"completion_tokens\":" + COMPLETION_TOKENS
            + ",\"total_tokens\":" + (PROMPT_TOKENS + COMPLETION_TOKENS) + "}}");

    private UpstreamStub() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9091;
        AtomicLong viaGateway = new AtomicLong();
        AtomicLong direct = new AtomicLong();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true).setIdleTimeout(0))
                .requestHandler(request -> {
                    if (request.method() == HttpMethod.GET && request.path().equals("/stats")) {
                        long served = viaGateway.get();
                        request.response().putHeader("content-type", "application/json").end("{\"gatewayCompletions\":"
                                + served + ",\"gatewayTokens\":" + served * (PROMPT_TOKENS + COMPLETION_TOKENS)
                                + ",\"directCompletions\":" + direct.get() + "}");
                        return;
                    }
                    if (request.method() != HttpMethod.POST || !request.path().endsWith("/chat/completions")) {
                        request.response().setStatusCode(404).end();
                        return;
                    }
                    AtomicLong counter = request.path().startsWith("/direct/") ? direct : viaGateway;
                    request.body().onSuccess(body -> {
                        counter.incrementAndGet();
                        request.response().putHeader("content-type", "application/json").end(ANSWER);
                    });
                })
                .listen(port, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().join();
        System.out.println("upstream stub listening on http://127.0.0.1:" + port + "/v1");
    }
}

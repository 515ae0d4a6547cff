package io.modelgate.adapters.llm;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body up to a limit, so that a misbehaving upstream cannot fill the gateway's memory. An answer
 * over the limit fails as {@link MalformedAnswer}; an error body is simply cut at the limit (only its error
 * type is read, and a cut body just has none).
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;
    static final int MAX_ERROR_BYTES = 64 * 1024;

    private final int limit;
    private final boolean truncate;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    private LimitedBody(int limit, boolean truncate) {
        this.limit = limit;
        this.truncate = truncate;
    }

    static LimitedBody answer() {
        return new LimitedBody(MAX_ANSWER_BYTES, false);
    }

    static LimitedBody error() {
        return new LimitedBody(MAX_ERROR_BYTES, true);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = limit - bytes.size();
            if (item.remaining() > room) {
                subscription.cancel();
                if (truncate) {
                    byte[] part = new byte[room];
                    item.get(part);
                    bytes.write(part, 0, room);
                    result.complete(bytes.toByteArray());
                } else {
                    result.completeExceptionally(new MalformedAnswer("an answer larger than " + limit + " bytes"));
                }
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    /** The call's time is up: the body ends as a timeout and the connection is let go. */
    void expire() {
        if (result.completeExceptionally(new HttpTimeoutException("the answer's body did not arrive in time"))) {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}

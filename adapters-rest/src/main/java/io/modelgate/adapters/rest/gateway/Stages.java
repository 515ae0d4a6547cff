package io.modelgate.adapters.rest.gateway;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Waits for a use case's stage on the request's (worker) thread, and rethrows its failure as it was. */
final class Stages {

    private Stages() {
    }

    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}

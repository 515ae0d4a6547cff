package io.modelgate.domain.routing;

import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.TaskCategory;

import java.time.Instant;
import java.util.Optional;

/**
 * One gateway call to route.
 *
 * @param effectiveLevel the data classification of the call (the stricter of the declared and the detected level)
 * @param task           what the call asks the model to do
 * @param preferredModel the model the caller named, if any (the {@code model} of an OpenAI-style request)
 * @param at             the instant of the call: approvals are judged live or expired at it
 */
public record RoutingRequest(DataClassification effectiveLevel, TaskCategory task, Optional<ModelId> preferredModel,
                             Instant at) {

    public RoutingRequest {
        Require.present(effectiveLevel, "classification");
        Require.present(task, "taskCategory");
        Require.present(preferredModel, "preferredModel");
        Require.present(at, "at");
    }

    /** A call that names no model. */
    public static RoutingRequest of(DataClassification effectiveLevel, TaskCategory task, Instant at) {
        return new RoutingRequest(effectiveLevel, task, Optional.empty(), at);
    }

    /** A call that names the model it prefers. */
    public static RoutingRequest preferring(ModelId model, DataClassification effectiveLevel, TaskCategory task,
                                            Instant at) {
        return new RoutingRequest(effectiveLevel, task, Optional.of(Require.present(model, "preferredModel")), at);
    }
}

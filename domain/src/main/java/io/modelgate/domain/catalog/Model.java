package io.modelgate.domain.catalog;

import io.modelgate.domain.shared.Require;
import io.modelgate.domain.shared.StateConflictException;

/**
 * A catalog entry. Immutable: every change returns the next state, and the version tells the
 * persistence adapter which state it replaces (optimistic locking).
 */
public final class Model {

    private final ModelId id;
    private final ModelSpec spec;
    private final Lifecycle lifecycle;
    private final long version;

    private Model(ModelId id, ModelSpec spec, Lifecycle lifecycle, long version) {
        this.id = Require.present(id, "id");
        this.spec = Require.present(spec, "spec");
        this.lifecycle = Require.present(lifecycle, "lifecycle");
        this.version = Require.nonNegative(version, "version");
    }

    /** A new catalog entry starts ACTIVE. */
    public static Model register(ModelId id, ModelSpec spec) {
        return new Model(id, spec, Lifecycle.ACTIVE, 0);
    }

    /** Rebuilds a stored entry as it was saved. */
    public static Model reconstitute(ModelId id, ModelSpec spec, Lifecycle lifecycle, long version) {
        return new Model(id, spec, lifecycle, version);
    }

    /** A retired model is history: it can no longer be revised. */
    public Model revise(ModelSpec revised) {
        if (lifecycle == Lifecycle.RETIRED) {
            throw new StateConflictException("MODEL.RETIRED", lifecycle.name(),
                    "model " + id + " is RETIRED and can no longer be revised");
        }
        return new Model(id, revised, lifecycle, version);
    }

    public Model moveTo(Lifecycle target) {
        Require.present(target, "lifecycle");
        if (!lifecycle.canMoveTo(target)) {
            throw new StateConflictException("MODEL.ILLEGAL_LIFECYCLE_TRANSITION", lifecycle.name(),
                    "model " + id + " cannot move from " + lifecycle + " to " + target
                            + "; a model only moves forward: ACTIVE → DEPRECATED → RETIRED");
        }
        return new Model(id, spec, target, version);
    }

    public ModelId id() {
        return id;
    }

    public ModelSpec spec() {
        return spec;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public long version() {
        return version;
    }
}

package io.modelgate.application.shared;

import io.modelgate.application.audit.port.out.AuditTrail;
import io.modelgate.domain.audit.AuditEntry;

import java.time.Clock;

/** Records what an actor did to an entity, stamped by the clock; used by every changing use case. */
public final class Audit {

    private final AuditTrail trail;
    private final Clock clock;

    public Audit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String entityType, Object entityId, String outcome, String summary) {
        trail.record(entry(actor, action, entityType, entityId, outcome, summary));
    }

    /** The entry {@link #record} would append now, for a writer that appends it later (gateway settlements). */
    public AuditEntry entry(Actor actor, String action, String entityType, Object entityId, String outcome,
                            String summary) {
        return new AuditEntry(actor.subject(), action, entityType, String.valueOf(entityId), clock.instant(),
                outcome, summary, actor.department());
    }

    public Clock clock() {
        return clock;
    }
}

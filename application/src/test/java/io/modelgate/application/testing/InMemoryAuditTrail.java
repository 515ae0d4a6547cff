package io.modelgate.application.testing;

import io.modelgate.application.audit.port.in.AuditQuery;
import io.modelgate.application.audit.port.out.AuditTrail;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.audit.AuditChain;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.audit.AuditEvent;
import io.modelgate.domain.audit.ChainVerification;
import io.modelgate.domain.audit.ChainVerifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Fake {@link AuditTrail}: a chained list in memory. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized AuditEvent record(AuditEntry entry) {
        AuditEvent event = AuditChain.next(events.isEmpty() ? Optional.empty()
                : Optional.of(events.get(events.size() - 1)), entry);
        events.add(event);
        return event;
    }

    @Override
    public synchronized Page<AuditEvent> search(AuditQuery q, PageRequest page) {
        List<AuditEvent> matching = events.stream()
                .filter(e -> q.entityType().map(e.entityType()::equals).orElse(true))
                .filter(e -> q.entityId().map(e.entityId()::equals).orElse(true))
                .filter(e -> q.actor().map(e.actor()::equals).orElse(true))
                .filter(e -> q.action().map(e.action()::equals).orElse(true))
                .filter(e -> q.department().map(d -> e.department().filter(d::equals).isPresent()).orElse(true))
                .filter(e -> q.from().map(f -> !e.occurredAt().isBefore(f)).orElse(true))
                .filter(e -> q.to().map(t -> e.occurredAt().isBefore(t)).orElse(true))
                .sorted(Comparator.comparingLong(AuditEvent::sequence).reversed())
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    @Override
    public synchronized ChainVerification verify() {
        return ChainVerifier.verify(List.copyOf(events));
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }
}

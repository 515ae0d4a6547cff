package io.modelgate.application.testing;

import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.approval.HistoryEntry;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.ReviewDecision;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fake {@link UsageRequests} with the same contract as the PostgreSQL adapter (see UsageRequestsContract):
 * instants kept to the microsecond, the version bumped on each update, a stale update refused.
 */
public final class InMemoryUsageRequests implements UsageRequests {

    /** Newest first, then by id as PostgreSQL orders uuids (unsigned, which is the text order). */
    private static final Comparator<UsageRequest> NEWEST_FIRST = Comparator.comparing(UsageRequest::createdAt)
            .reversed().thenComparing(request -> request.id().toString());

    private final Map<UUID, UsageRequest> rows = new HashMap<>();

    @Override
    public synchronized Optional<UsageRequest> find(UsageRequestId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public synchronized Optional<UsageRequest> findForUpdate(UsageRequestId id) {
        return find(id);
    }

    @Override
    public synchronized UsageRequest add(UsageRequest request) {
        if (rows.containsKey(request.id().value())) {
            throw new IllegalStateException("duplicate key " + request.id());
        }
        UsageRequest stored = stored(request, request.version());
        rows.put(request.id().value(), stored);
        return stored;
    }

    @Override
    public synchronized UsageRequest update(UsageRequest request) {
        UsageRequest current = rows.get(request.id().value());
        if (current == null || current.version() != request.version()) {
            throw StaleVersionException.concurrent("usage request", request.id());
        }
        UsageRequest stored = stored(request, request.version() + 1);
        rows.put(request.id().value(), stored);
        return stored;
    }

    @Override
    public synchronized Page<UsageRequest> search(UsageRequestQuery query, PageRequest page) {
        List<UsageRequest> matching = rows.values().stream()
                .filter(r -> query.state().map(s -> r.state() == s).orElse(true))
                .filter(r -> query.department().map(d -> r.department().equals(d)).orElse(true))
                .filter(r -> query.model().map(m -> r.model().equals(m)).orElse(true))
                .filter(r -> query.pendingReviewKinds().isEmpty() || (r.state() == RequestState.IN_REVIEW
                        && !Collections.disjoint(r.pendingReviews(), query.pendingReviewKinds())))
                .sorted(NEWEST_FIRST)
                .toList();
        List<UsageRequest> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), matching.size());
    }

    /** The request as PostgreSQL keeps it: instants to the microsecond, with the given version. */
    private static UsageRequest stored(UsageRequest r, long version) {
        List<ReviewDecision> decisions = r.decisions().stream().map(d -> new ReviewDecision(d.kind(), d.outcome(),
                d.reviewer(), d.comment(), micros(d.decidedAt()))).toList();
        List<HistoryEntry> history = r.history().stream().map(h -> new HistoryEntry(micros(h.at()), h.actor(),
                h.action(), h.from(), h.to(), h.note())).toList();
        return UsageRequest.reconstitute(r.id(), r.requester(), r.department(), r.model(), r.deployment(),
                r.useCase(), r.state(), r.evaluation(), decisions, history, micros(r.createdAt()),
                micros(r.updatedAt()), version);
    }

    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}

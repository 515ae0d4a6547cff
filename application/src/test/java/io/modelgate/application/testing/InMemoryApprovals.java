package io.modelgate.application.testing;

import io.modelgate.application.approval.port.in.ApprovalQuery;
import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.approval.ReReview;
import io.modelgate.domain.approval.Revocation;
import io.modelgate.domain.approval.Suspension;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static io.modelgate.application.testing.InMemoryUsageRequests.micros;

/**
 * Fake {@link Approvals} with the same contract as the PostgreSQL adapter (see ApprovalsContract):
 * one approval per request, instants kept to the microsecond, the version bumped on each update, a
 * stale update refused, listings newest grant first then by id.
 */
public final class InMemoryApprovals implements Approvals {

    private static final Comparator<Approval> NEWEST_FIRST = Comparator.comparing(Approval::grantedAt).reversed()
            .thenComparing(approval -> approval.id().toString());

    private final Map<UUID, Approval> rows = new HashMap<>();

    @Override
    public synchronized Optional<Approval> find(ApprovalId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public synchronized Optional<Approval> findByRequest(UsageRequestId request) {
        return rows.values().stream().filter(a -> a.requestId().equals(request)).findFirst();
    }

    @Override
    public synchronized Approval add(Approval approval) {
        if (rows.containsKey(approval.id().value())) {
            throw new IllegalStateException("duplicate key " + approval.id());
        }
        if (rows.values().stream().anyMatch(a -> a.requestId().equals(approval.requestId()))) {
            throw new IllegalStateException("duplicate request " + approval.requestId());
        }
        Approval stored = stored(approval, approval.version());
        rows.put(approval.id().value(), stored);
        return stored;
    }

    @Override
    public synchronized Approval update(Approval approval) {
        Approval current = rows.get(approval.id().value());
        if (current == null || current.version() != approval.version()) {
            throw StaleVersionException.concurrent("approval", approval.id());
        }
        Approval stored = stored(approval, approval.version() + 1);
        rows.put(approval.id().value(), stored);
        return stored;
    }

    @Override
    public synchronized Page<Approval> search(ApprovalQuery query, PageRequest page) {
        List<Approval> matching = matching(a -> query.department().map(d -> a.department().equals(d)).orElse(true)
                && query.model().map(m -> a.model().equals(m)).orElse(true)
                && query.status().map(s -> a.status() == s).orElse(true)
                && query.flaggedForReReview().map(f -> a.isFlaggedForReReview() == f).orElse(true));
        List<Approval> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), matching.size());
    }

    @Override
    public synchronized List<Approval> unrevokedForModel(ModelId model) {
        return matching(a -> a.model().equals(model) && a.status() != ApprovalStatus.REVOKED);
    }

    @Override
    public synchronized List<Approval> forDepartment(DepartmentId department) {
        return matching(a -> a.department().equals(department));
    }

    private List<Approval> matching(Predicate<Approval> filter) {
        return rows.values().stream().filter(filter).sorted(NEWEST_FIRST).toList();
    }

    /** The approval as PostgreSQL keeps it: instants to the microsecond, with the given version. */
    private static Approval stored(Approval a, long version) {
        return Approval.reconstitute(a.id(), a.requestId(), a.department(), a.model(), a.deployment(),
                a.highestClassification(), a.taskCategories(), a.obligations(), micros(a.grantedAt()),
                micros(a.validUntil()), a.monthlyCap(), a.status(),
                a.reReview().map(r -> new ReReview(r.reason(), micros(r.flaggedAt()))),
                a.revocation().map(r -> new Revocation(r.reason(), r.by(), micros(r.at()))),
                a.suspension().map(s -> new Suspension(s.reason(), micros(s.suspendedAt()))),
                micros(a.updatedAt()), version);
    }
}

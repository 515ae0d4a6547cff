package io.modelgate.adapters.persistence.approval;

import io.modelgate.adapters.persistence.shared.Flush;
import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link UsageRequests} on PostgreSQL. */
@ApplicationScoped
public class JpaUsageRequests implements UsageRequests, PanacheRepositoryBase<UsageRequestEntity, UUID> {

    @Override
    public Optional<UsageRequest> find(UsageRequestId id) {
        return findByIdOptional(id.value()).map(ApprovalMapper::toDomain);
    }

    @Override
    public Optional<UsageRequest> findForUpdate(UsageRequestId id) {
        return findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(ApprovalMapper::toDomain);
    }

    @Override
    public UsageRequest add(UsageRequest request) {
        UsageRequestEntity entity = new UsageRequestEntity();
        ApprovalMapper.copy(request, entity);
        persist(entity);
        Flush.now(getEntityManager(), "usage request", request.id());
        return ApprovalMapper.toDomain(entity);
    }

    @Override
    public UsageRequest update(UsageRequest request) {
        UsageRequestEntity entity = findById(request.id().value());
        if (entity == null || entity.version != request.version()) {
            throw StaleVersionException.concurrent("usage request", request.id());
        }
        ApprovalMapper.copy(request, entity);
        Flush.now(getEntityManager(), "usage request", request.id());
        return ApprovalMapper.toDomain(entity);
    }

    @Override
    public Page<UsageRequest> search(UsageRequestQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        query.state().ifPresent(s -> {
            where.add("r.state = :state");
            params.and("state", s.name());
        });
        query.department().ifPresent(d -> {
            where.add("r.department = :department");
            params.and("department", d.value());
        });
        query.model().ifPresent(m -> {
            where.add("r.modelId = :model");
            params.and("model", m.value());
        });
        if (!query.pendingReviewKinds().isEmpty()) {
            // IN_REVIEW, and one of the kinds is required and has no decision yet.
            where.add("r.state = :inReview and exists (select 1 from UsageRequestEntity r2 join r2.requiredReviews k"
                    + " where r2.id = r.id and k in :pendingKinds and not exists (select 1 from UsageRequestEntity r3"
                    + " join r3.decisions d where r3.id = r.id and d.kind = k))");
            params.and("inReview", RequestState.IN_REVIEW.name());
            params.and("pendingKinds", query.pendingReviewKinds().stream().map(Enum::name).toList());
        }
        String jpql = "from UsageRequestEntity r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var panacheQuery = find(jpql, Sort.descending("r.createdAt").and("r.id"), params);
        long total = panacheQuery.count();
        List<UsageRequest> items = panacheQuery.page(page.page(), page.size()).list().stream()
                .map(ApprovalMapper::toDomain).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }
}

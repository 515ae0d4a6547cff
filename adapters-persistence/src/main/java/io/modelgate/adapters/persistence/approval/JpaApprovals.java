package io.modelgate.adapters.persistence.approval;

import io.modelgate.adapters.persistence.shared.Flush;
import io.modelgate.application.approval.port.in.ApprovalQuery;
import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Approvals} on PostgreSQL. Every listing is newest grant first, then by id. */
@ApplicationScoped
public class JpaApprovals implements Approvals, PanacheRepositoryBase<ApprovalEntity, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("a.grantedAt").and("a.id");

    @Override
    public Optional<Approval> find(ApprovalId id) {
        return findByIdOptional(id.value()).map(ApprovalMapper::toDomain);
    }

    @Override
    public Optional<Approval> findByRequest(UsageRequestId request) {
        return find("requestId", request.value()).firstResultOptional().map(ApprovalMapper::toDomain);
    }

    @Override
    public Approval add(Approval approval) {
        ApprovalEntity entity = new ApprovalEntity();
        ApprovalMapper.copy(approval, entity);
        persist(entity);
        Flush.now(getEntityManager(), "approval", approval.id());
        return ApprovalMapper.toDomain(entity);
    }

    @Override
    public Approval update(Approval approval) {
        ApprovalEntity entity = findById(approval.id().value());
        if (entity == null || entity.version != approval.version()) {
            throw StaleVersionException.concurrent("approval", approval.id());
        }
        ApprovalMapper.copy(approval, entity);
        Flush.now(getEntityManager(), "approval", approval.id());
        return ApprovalMapper.toDomain(entity);
    }

    @Override
    public Page<Approval> search(ApprovalQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        query.department().ifPresent(d -> {
            where.add("a.department = :department");
            params.and("department", d.value());
        });
        query.model().ifPresent(m -> {
            where.add("a.modelId = :model");
            params.and("model", m.value());
        });
        query.status().ifPresent(s -> {
            where.add("a.status = :status");
            params.and("status", s.name());
        });
        query.flaggedForReReview().ifPresent(flagged ->
                where.add(flagged ? "a.reReviewReason is not null" : "a.reReviewReason is null"));
        String jpql = "from ApprovalEntity a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var panacheQuery = find(jpql, NEWEST_FIRST, params);
        long total = panacheQuery.count();
        List<Approval> items = panacheQuery.page(page.page(), page.size()).list().stream()
                .map(ApprovalMapper::toDomain).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<Approval> unrevokedForModel(ModelId model) {
        return unrevoked("a.modelId = :key", model.value());
    }

    @Override
    public List<Approval> forDepartment(DepartmentId department) {
        return find("from ApprovalEntity a where a.department = :key", NEWEST_FIRST,
                Parameters.with("key", department.value())).stream().map(ApprovalMapper::toDomain).toList();
    }

    private List<Approval> unrevoked(String condition, String key) {
        return find("from ApprovalEntity a where " + condition + " and a.status <> :revoked", NEWEST_FIRST,
                Parameters.with("key", key).and("revoked", ApprovalStatus.REVOKED.name())).stream()
                .map(ApprovalMapper::toDomain).toList();
    }
}

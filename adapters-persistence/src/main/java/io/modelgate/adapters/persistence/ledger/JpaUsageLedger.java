package io.modelgate.adapters.persistence.ledger;

import io.modelgate.application.gateway.port.in.SpendLine;
import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.gateway.port.in.UsageQuery;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.hibernate.Session;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.sql.PreparedStatement;

/**
 * {@link UsageLedger} on PostgreSQL. Recording is {@link LedgerLineInsert}, the settlement writer's statement:
 * one line per department and request id, without an error that would spoil the surrounding transaction. Spend is summed by the database, grouped by the month of each
 * call in the reporting zone.
 */
@ApplicationScoped
public class JpaUsageLedger implements UsageLedger, PanacheRepositoryBase<UsageRecordEntity, UsageRecordEntity.Key> {

    private static final Sort NEWEST_FIRST = Sort.descending("r.occurredAt").and("r.requestId");

    /**
     * Which calls are spend: those the provider answered (and billed) — SUCCESS, and CLIENT_ABORTED,
     * a stream the client cut short after tokens flowed — and any other call that cost something.
     * Refusals and provider errors cost nothing and are not spend; a call without a model never is.
     */
    static final String SPEND_CONDITION = "model_id IS NOT NULL"
            + " AND (outcome IN ('SUCCESS', 'CLIENT_ABORTED') OR cost_micros > 0)";

    @Override
    public boolean record(UsageRecord record) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement p = connection.prepareStatement(LedgerLineInsert.SQL)) {
                LedgerLineInsert.bind(p, record);
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Page<UsageRecord> search(UsageQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        query.department().ifPresent(d -> {
            where.add("r.department = :department");
            params.and("department", d.value());
        });
        query.model().ifPresent(m -> {
            where.add("r.modelId = :model");
            params.and("model", m.value());
        });
        query.outcome().ifPresent(o -> {
            where.add("r.outcome = :outcome");
            params.and("outcome", o);
        });
        query.from().ifPresent(f -> {
            where.add("r.occurredAt >= :from");
            params.and("from", f);
        });
        query.to().ifPresent(t -> {
            where.add("r.occurredAt < :to");
            params.and("to", t);
        });
        String jpql = "from UsageRecordEntity r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = find(jpql, NEWEST_FIRST, params);
        long total = found.count();
        List<UsageRecord> items = found.page(page.page(), page.size()).list().stream()
                .map(LedgerMapper::toDomain).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<SpendLine> spend(Optional<DepartmentId> department, Optional<YearMonth> month, ZoneId zone) {
        // The month a call falls in is its local date in the zone; a month filter becomes a range of
        // instants so that the indexes on occurred_at serve it.
        ZoneId normalized = zone.normalized();
        String localTime = normalized instanceof ZoneOffset
                ? "(occurred_at AT TIME ZONE 'UTC' + make_interval(secs => :offsetSeconds))"
                : "(occurred_at AT TIME ZONE :zone)";
        StringBuilder sql = new StringBuilder("SELECT department, model_id, to_char(" + localTime
                + ", 'YYYY-MM') AS month, CAST(currency AS varchar(3)), count(*), sum(input_tokens),"
                + " sum(output_tokens), sum(cost_micros) FROM usage_record WHERE " + SPEND_CONDITION);
        department.ifPresent(d -> sql.append(" AND department = :department"));
        month.ifPresent(m -> sql.append(" AND occurred_at >= :from AND occurred_at < :to"));
        // Byte order, whatever the database's collation: the same order on every installation.
        sql.append(" GROUP BY 1, 2, 3, 4 ORDER BY department COLLATE \"C\", model_id COLLATE \"C\", 3, 4");
        Query query = getEntityManager().createNativeQuery(sql.toString());
        if (normalized instanceof ZoneOffset offset) {
            query.setParameter("offsetSeconds", offset.getTotalSeconds());
        } else {
            query.setParameter("zone", normalized.getId());
        }
        department.ifPresent(d -> query.setParameter("department", d.value()));
        month.ifPresent(m -> {
            query.setParameter("from", start(m, normalized));
            query.setParameter("to", start(m.plusMonths(1), normalized));
        });
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> (Object[]) r).map(JpaUsageLedger::line).toList();
    }

    private static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    private static SpendLine line(Object[] row) {
        return new SpendLine(new DepartmentId((String) row[0]), new ModelId((String) row[1]),
                YearMonth.parse((String) row[2]), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue(),
                Currency.getInstance(row[3].toString()));
    }
}

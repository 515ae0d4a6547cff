package io.modelgate.application.testing;

import io.modelgate.domain.ledger.CallOutcome;
import io.modelgate.domain.ledger.RequestId;

import io.modelgate.application.gateway.port.in.SpendLine;
import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.gateway.port.in.UsageQuery;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fake {@link UsageLedger}: one line per department and request id in memory, an earlier line giving way
 * when it did not take the id ({@link UsageRecord#takesRequestId}); spend follows UsageLedgerContract's rule.
 */
public final class InMemoryUsageLedger implements UsageLedger {

    /** Outcomes in which the provider answered; any other call is spend only if it cost something. */
    private static final Set<CallOutcome> ANSWERED = Set.of(CallOutcome.SUCCESS, CallOutcome.CLIENT_ABORTED);

    private static final Comparator<UsageRecord> NEWEST_FIRST = Comparator.comparing(UsageRecord::at).reversed()
            .thenComparing(r -> r.requestId().value());

    private record Key(DepartmentId department, RequestId requestId) {
    }

    private final Map<Key, UsageRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized boolean record(UsageRecord record) {
        Key key = new Key(record.department(), record.requestId());
        UsageRecord present = records.get(key);
        if (present != null && present.takesRequestId()) {
            return false;
        }
        records.put(key, stored(record));
        return true;
    }

    /** Whether the department's request id is taken by an answered or charged line. */
    synchronized boolean takes(DepartmentId department, RequestId requestId) {
        UsageRecord present = records.get(new Key(department, requestId));
        return present != null && present.takesRequestId();
    }

    @Override
    public synchronized Page<UsageRecord> search(UsageQuery q, PageRequest page) {
        List<UsageRecord> matching = records.values().stream()
                .filter(r -> q.department().map(r.department()::equals).orElse(true))
                .filter(r -> q.model().map(m -> r.model().filter(m::equals).isPresent()).orElse(true))
                .filter(r -> q.outcome().map(r.outcome().word()::equals).orElse(true))
                .filter(r -> q.from().map(f -> !r.at().isBefore(f)).orElse(true))
                .filter(r -> q.to().map(t -> r.at().isBefore(t)).orElse(true))
                .sorted(NEWEST_FIRST)
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    @Override
    public synchronized List<SpendLine> spend(Optional<DepartmentId> department, Optional<YearMonth> month,
                                              ZoneId zone) {
        record Group(String department, String model, YearMonth month, String currency) implements Comparable<Group> {
            @Override
            public int compareTo(Group o) {
                return Comparator.comparing(Group::department).thenComparing(Group::model)
                        .thenComparing(Group::month).thenComparing(Group::currency).compare(this, o);
            }
        }
        Map<Group, SpendLine> lines = new TreeMap<>();
        for (UsageRecord r : records.values()) {
            YearMonth local = YearMonth.from(r.at().atZone(zone));
            if (r.model().isEmpty() || !(ANSWERED.contains(r.outcome().outcome()) || r.costMicros() > 0)
                    || department.filter(d -> !d.equals(r.department())).isPresent()
                    || month.filter(m -> !m.equals(local)).isPresent()) {
                continue;
            }
            ModelId model = r.model().get();
            Group group = new Group(r.department().value(), model.value(), local, r.currency().getCurrencyCode());
            SpendLine sum = lines.getOrDefault(group, new SpendLine(r.department(), model, local, 0, 0, 0, 0,
                    Currency.getInstance(group.currency())));
            lines.put(group, new SpendLine(sum.department(), sum.model(), sum.month(), sum.calls() + 1,
                    sum.inputTokens() + r.inputTokens(), sum.outputTokens() + r.outputTokens(),
                    sum.costMicros() + r.costMicros(), sum.currency()));
        }
        return List.copyOf(lines.values());
    }

    /** As the database keeps it: microseconds. */
    private static UsageRecord stored(UsageRecord r) {
        Instant at = r.at().truncatedTo(ChronoUnit.MICROS);
        return new UsageRecord(r.requestId(), at, r.department(), r.caller(), r.route(), r.classification(), r.usage(),
                r.costMicros(), r.currency(), r.latencyMillis(), r.attempts(), r.outcome());
    }
}

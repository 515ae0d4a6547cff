package io.modelgate.application.testing;

import io.modelgate.application.gateway.port.in.SpendLine;
import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.gateway.port.in.UsageQuery;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link UsageLedger} must do. Run against the in-memory fake here and against PostgreSQL
 * in bootstrap. Each test works in a department of its own, with request ids of its own.
 *
 * <p>Spend is what budgets were charged for: calls the provider answered (SUCCESS, and CLIENT_ABORTED
 * — a stream cut short after tokens flowed), whatever they cost, and any other call that cost
 * something; never a call without a model. Months are the calls' local months in the given zone.
 */
public abstract class UsageLedgerContract {

    protected abstract UsageLedger ledger();

    protected abstract Transactions transactions();

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final ModelId GPT_4O = ApprovalContractSamples.GPT_4O;
    private static final ModelId LLAMA = ApprovalContractSamples.LLAMA_3_70B;
    /** Microseconds, as PostgreSQL keeps them; 10:00 in Tokyo on 10 April. */
    private static final Instant T0 = Instant.parse("2025-04-10T01:00:00.123456Z");

    private DepartmentId department;
    private String prefix;

    @BeforeEach
    void aDepartmentOfItsOwn() {
        department = ApprovalContractSamples.uniqueDepartment();
        prefix = UUID.randomUUID() + "-";
    }

    private UsageRecord call(String id, Instant at, DepartmentId of, ModelId model, String outcome, long in, long out,
                             long costMicros) {
        return LedgerLines.line(prefix + id, at, of, "svc-report-bot", Optional.of(model),
                Optional.of(DeploymentKind.VENDOR_API), Optional.of(new ApprovalId(UUID.randomUUID())),
                DataClassification.INTERNAL, in, out, true, costMicros, JPY, 850, 1, outcome);
    }

    private UsageRecord call(String id, Instant at, ModelId model, String outcome, long costMicros) {
        return call(id, at, department, model, outcome, 1_000, 200, costMicros);
    }

    private UsageRecord refused(String id, Instant at) {
        return LedgerLines.line(prefix + id, at, department, "rei@example.com", Optional.empty(), Optional.empty(),
                Optional.empty(), DataClassification.RESTRICTED, 0, 0, false, 0, JPY, 3, 0, "REFUSED_NO_APPROVAL");
    }

    private boolean record(UsageRecord record) {
        return transactions().inTransaction(() -> ledger().record(record));
    }

    private Page<UsageRecord> search(UsageQuery query, PageRequest page) {
        return transactions().inTransaction(() -> ledger().search(query, page));
    }

    private List<UsageRecord> ofDepartment() {
        return search(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                new PageRequest(0, 200)).items();
    }

    private UsageQuery query(Optional<ModelId> model, Optional<String> outcome, Optional<Instant> from,
                             Optional<Instant> to) {
        return new UsageQuery(Optional.of(department), model, outcome, from, to);
    }

    private List<SpendLine> spend(Optional<DepartmentId> of, Optional<YearMonth> month, ZoneId zone) {
        return transactions().inTransaction(() -> ledger().spend(of, month, zone));
    }

    private List<SpendLine> spend(Optional<YearMonth> month, ZoneId zone) {
        return spend(Optional.of(department), month, zone);
    }

    @Test
    void a_call_is_recorded_once_by_its_request_id() {
        UsageRecord first = call("a", T0, GPT_4O, "SUCCESS", 375_000);
        assertThat(record(first)).isTrue();
        assertThat(record(call("a", T0.plusSeconds(5), LLAMA, "PROVIDER_ERROR", 0))).isFalse();
        assertThat(ofDepartment()).containsExactly(first);
    }

    @Test
    void request_ids_are_the_departments_own() {
        DepartmentId other = ApprovalContractSamples.uniqueDepartment();
        UsageRecord mine = call("shared", T0, GPT_4O, "SUCCESS", 375_000);
        UsageRecord theirs = call("shared", T0.plusSeconds(1), other, LLAMA, "SUCCESS", 1_000, 200, 42);
        assertThat(record(mine)).isTrue();
        assertThat(record(theirs)).as("the same id in another department is another call").isTrue();
        assertThat(ofDepartment()).containsExactly(mine);
        assertThat(search(new UsageQuery(Optional.of(other), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), new PageRequest(0, 20)).items()).containsExactly(theirs);
    }

    @Test
    void a_line_that_did_not_take_its_request_id_gives_way_to_the_retry_and_an_answered_one_never_does() {
        UsageRecord refusal = refused("retried", T0);
        assertThat(record(refusal)).isTrue();
        UsageRecord unanswered = call("retried", T0.plusSeconds(1), GPT_4O, "PROVIDER_ERROR", 0);
        assertThat(record(unanswered)).as("a refusal gives way").isTrue();
        UsageRecord answered = call("retried", T0.plusSeconds(2), GPT_4O, "SUCCESS", 375_000);
        assertThat(record(answered)).as("an unanswered call that cost nothing gives way").isTrue();
        assertThat(record(call("retried", T0.plusSeconds(3), LLAMA, "SUCCESS", 1))).isFalse();
        assertThat(record(refused("retried", T0.plusSeconds(4)))).isFalse();
        assertThat(ofDepartment()).containsExactly(answered);
    }

    @Test
    void every_field_round_trips_also_when_model_deployment_and_approval_are_absent() {
        UsageRecord answered = LedgerLines.line(prefix + "full", T0, department, "svc-report-bot", Optional.of(LLAMA),
                Optional.of(DeploymentKind.ON_PREMISES), Optional.of(new ApprovalId(UUID.randomUUID())),
                DataClassification.CONFIDENTIAL, 123_456, 7_890, false, 9_876_543_210L, JPY, 12_345, 3,
                "CLIENT_ABORTED");
        UsageRecord refusal = refused("refused", T0.minusSeconds(1));
        record(answered);
        record(refusal);
        assertThat(ofDepartment()).containsExactly(answered, refusal);
    }

    @Test
    void instants_keep_microseconds() {
        record(call("nanos", Instant.parse("2025-04-10T01:00:00.123456789Z"), GPT_4O, "SUCCESS", 1));
        assertThat(ofDepartment().get(0).at()).isEqualTo(Instant.parse("2025-04-10T01:00:00.123456Z"));
    }

    @Test
    void listings_are_newest_first_then_by_request_id_and_paged() {
        record(call("c", T0, GPT_4O, "SUCCESS", 1));
        record(call("a", T0.plusSeconds(10), GPT_4O, "SUCCESS", 1));
        record(call("b", T0.plusSeconds(10), GPT_4O, "SUCCESS", 1));
        record(call("d", T0.minusSeconds(10), GPT_4O, "SUCCESS", 1));
        record(call("e", T0.plusSeconds(20), GPT_4O, "SUCCESS", 1));

        assertThat(ofDepartment()).extracting(r -> r.requestId().value())
                .containsExactly(prefix + "e", prefix + "a", prefix + "b", prefix + "c", prefix + "d");
        UsageQuery all = query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Page<UsageRecord> second = search(all, new PageRequest(1, 2));
        assertThat(second.items()).extracting(r -> r.requestId().value()).containsExactly(prefix + "b", prefix + "c");
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(search(all, new PageRequest(3, 2)).items()).isEmpty();
    }

    @Test
    void filters_combine_and_the_period_includes_its_start_but_not_its_end() {
        record(call("early", T0.minusSeconds(1), GPT_4O, "SUCCESS", 1));
        record(call("start", T0, GPT_4O, "SUCCESS", 1));
        record(call("llama", T0.plusSeconds(1), LLAMA, "SUCCESS", 1));
        record(call("error", T0.plusSeconds(2), GPT_4O, "PROVIDER_ERROR", 0));
        record(call("end", T0.plusSeconds(3), GPT_4O, "SUCCESS", 1));
        record(call("elsewhere", T0, ApprovalContractSamples.uniqueDepartment(), GPT_4O, "SUCCESS", 1, 1, 1));

        assertThat(ids(query(Optional.of(GPT_4O), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly("end", "error", "start", "early");
        assertThat(ids(query(Optional.of(GPT_4O), Optional.of("SUCCESS"), Optional.of(T0),
                Optional.of(T0.plusSeconds(3))))).containsExactly("start");
        assertThat(ids(query(Optional.empty(), Optional.of("PROVIDER_ERROR"), Optional.empty(), Optional.empty())))
                .containsExactly("error");
        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.of(T0.plusSeconds(1)), Optional.empty())))
                .containsExactly("end", "error", "llama");
        assertThat(ids(query(Optional.of(LLAMA), Optional.of("SUCCESS"), Optional.empty(), Optional.empty())))
                .containsExactly("llama");
    }

    private List<String> ids(UsageQuery query) {
        return search(query, new PageRequest(0, 200)).items().stream()
                .map(r -> r.requestId().value().substring(prefix.length())).toList();
    }

    @Test
    void spend_sums_the_answered_and_the_charged_calls_per_department_model_and_month() {
        record(call("s1", T0, department, GPT_4O, "SUCCESS", 1_000, 200, 375_000));
        record(call("s2", T0.plusSeconds(1), department, GPT_4O, "SUCCESS", 2_000, 300, 625_000));
        record(call("aborted", T0.plusSeconds(2), department, GPT_4O, "CLIENT_ABORTED", 500, 50, 100_000));
        record(call("failed", T0.plusSeconds(3), department, GPT_4O, "PROVIDER_ERROR", 0, 0, 0));
        record(call("charged", T0.plusSeconds(4), department, GPT_4O, "PROVIDER_ERROR", 700, 0, 7));
        record(refused("refused", T0.plusSeconds(5)));
        record(call("free", T0.plusSeconds(6), department, LLAMA, "SUCCESS", 4_000, 1_000, 0));
        record(call("may", Instant.parse("2025-05-02T00:00:00Z"), department, LLAMA, "SUCCESS", 10, 20, 30));

        YearMonth april = YearMonth.of(2025, 4);
        YearMonth may = YearMonth.of(2025, 5);
        assertThat(spend(Optional.empty(), TOKYO)).containsExactly(
                new SpendLine(department, GPT_4O, april, 4, 4_200, 550, 1_100_007, JPY),
                new SpendLine(department, LLAMA, april, 1, 4_000, 1_000, 0, JPY),
                new SpendLine(department, LLAMA, may, 1, 10, 20, 30, JPY));
        assertThat(spend(Optional.of(may), TOKYO)).containsExactly(
                new SpendLine(department, LLAMA, may, 1, 10, 20, 30, JPY));
        assertThat(spend(Optional.of(YearMonth.of(2025, 3)), TOKYO)).isEmpty();
    }

    @Test
    void a_call_counts_in_the_month_of_its_local_date_in_the_zone() {
        // 00:30 on 1 May in Tokyo, still 30 April in UTC
        record(call("boundary", Instant.parse("2025-04-30T15:30:00Z"), GPT_4O, "SUCCESS", 5));
        YearMonth april = YearMonth.of(2025, 4);
        YearMonth may = YearMonth.of(2025, 5);

        assertThat(spend(Optional.empty(), TOKYO)).extracting(SpendLine::month).containsExactly(may);
        assertThat(spend(Optional.of(may), TOKYO)).hasSize(1);
        assertThat(spend(Optional.of(april), TOKYO)).isEmpty();
        assertThat(spend(Optional.of(may), ZoneOffset.ofHours(9))).hasSize(1);
        assertThat(spend(Optional.empty(), ZoneOffset.UTC)).extracting(SpendLine::month).containsExactly(april);
        assertThat(spend(Optional.of(april), ZoneId.of("UTC"))).hasSize(1);
        assertThat(spend(Optional.of(may), ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void spend_without_a_department_covers_every_department() {
        DepartmentId other = ApprovalContractSamples.uniqueDepartment();
        record(call("mine", T0, department, GPT_4O, "SUCCESS", 1, 2, 3));
        record(call("theirs", T0, other, GPT_4O, "SUCCESS", 4, 5, 6));

        List<SpendLine> everyone = spend(Optional.empty(), Optional.of(YearMonth.of(2025, 4)), TOKYO);
        assertThat(everyone).filteredOn(l -> l.department().equals(department) || l.department().equals(other))
                .extracting(SpendLine::department).containsExactlyInAnyOrder(department, other);
        assertThat(spend(Optional.of(other), Optional.empty(), TOKYO)).containsExactly(
                new SpendLine(other, GPT_4O, YearMonth.of(2025, 4), 1, 4, 5, 6, JPY));
    }

    @Test
    void spend_lines_come_ordered_by_department_model_and_month() {
        DepartmentId first = new DepartmentId("a-" + department.value());
        DepartmentId second = new DepartmentId("b-" + department.value());
        record(call("1", T0, second, GPT_4O, "SUCCESS", 1, 1, 1));
        record(call("2", T0, first, LLAMA, "SUCCESS", 1, 1, 1));
        record(call("3", Instant.parse("2025-03-10T00:00:00Z"), first, LLAMA, "SUCCESS", 1, 1, 1));
        record(call("4", T0, first, GPT_4O, "SUCCESS", 1, 1, 1));

        List<SpendLine> lines = spend(Optional.empty(), Optional.empty(), TOKYO).stream()
                .filter(l -> l.department().equals(first) || l.department().equals(second)).toList();
        assertThat(lines).extracting(l -> l.department().value() + " " + l.model().value() + " " + l.month())
                .containsExactly(first + " gpt-4o 2025-04", first + " llama-3-70b-instruct 2025-03",
                        first + " llama-3-70b-instruct 2025-04", second + " gpt-4o 2025-04");
    }
}

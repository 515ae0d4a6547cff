package io.modelgate.bootstrap.settlement;

import io.modelgate.adapters.persistence.settlement.jdbc.SettlementBatch;
import io.modelgate.adapters.persistence.settlement.spool.SettlementSpool;
import io.modelgate.adapters.persistence.settlement.SpooledSettlements;
import io.modelgate.application.audit.port.out.AuditTrail;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.gateway.service.InterruptedCalls;
import io.modelgate.application.shared.Transactions;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.CallOutcome;
import io.modelgate.domain.ledger.RequestId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static io.modelgate.application.gateway.port.out.CallReservations.Opened.OPENED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's write path against PostgreSQL: the write-ahead reservation, the batching writer's
 * exactly-once settlement, replay of a spool a killed process left, and reconciliation of calls
 * whose instance died.
 */
@QuarkusTest
class SettlementDurabilityTest {

    static final Currency JPY = Currency.getInstance("JPY");
    static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Tokyo"));

    @Inject
    DataSource dataSource;
    @Inject
    CallReservations reservations;
    @Inject
    SpooledSettlements settlements;
    @Inject
    InterruptedCalls interruptedCalls;
    @Inject
    AuditTrail auditTrail;
    @Inject
    Transactions transactions;

    @Test
    void a_reservation_and_its_in_flight_row_are_written_together_or_not_at_all() {
        String dept = department(10_000);
        InFlightCall first = call(dept, 6_000);
        assertThat(reservations.open(first)).isEqualTo(OPENED);
        assertThat(counters(dept)).containsExactly(0, 6_000);
        assertThat(inFlightRows(dept)).isEqualTo(1);

        assertThat(reservations.open(call(dept, 6_000))).as("the budget cannot pay for a second one").isEqualTo(CallReservations.Opened.BUDGET_EXCEEDED);
        assertThat(counters(dept)).containsExactly(0, 6_000);
        assertThat(inFlightRows(dept)).as("no row without a reservation").isEqualTo(1);

        assertThat(reservations.release(first.reservationId())).isTrue();
        assertThat(counters(dept)).containsExactly(0, 0);
        assertThat(inFlightRows(dept)).isZero();
        assertThat(reservations.release(first.reservationId())).as("a second release changes nothing").isFalse();
        assertThat(counters(dept)).containsExactly(0, 0);
    }

    @Test
    void reservations_opened_together_are_each_decided_on_their_own() throws Exception {
        // 3 departments whose budgets pay for 25, 10 and 0 calls; 40 callers each, all at once, interleaved:
        // callers that arrive together are opened in one batch, and each is still checked against its budget.
        String[] depts = {department(25_000), department(10_000), department(0)};
        int callers = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(48);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> opened = new ArrayList<>();
        List<String> deptOfCall = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                for (String dept : depts) {
                    deptOfCall.add(dept);
                    opened.add(pool.submit(() -> {
                        start.await();
                        return reservations.open(call(dept, 1_000)) == OPENED;
                    }));
                }
            }
            start.countDown();
            int[] openedPerDept = new int[depts.length];
            for (int i = 0; i < opened.size(); i++) {
                if (opened.get(i).get()) {
                    openedPerDept[java.util.Arrays.asList(depts).indexOf(deptOfCall.get(i))]++;
                }
            }
            assertThat(openedPerDept).containsExactly(25, 10, 0);
            assertThat(counters(depts[0])).containsExactly(0, 25_000);
            assertThat(counters(depts[1])).containsExactly(0, 10_000);
            assertThat(counters(depts[2])).containsExactly(0, 0);
            assertThat(inFlightRows(depts[0])).isEqualTo(25);
            assertThat(inFlightRows(depts[1])).isEqualTo(10);
            assertThat(inFlightRows(depts[2])).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_settlement_submitted_again_and_again_is_applied_once() {
        String dept = department(100_000);
        InFlightCall call = call(dept, 5_000);
        assertThat(reservations.open(call)).isEqualTo(OPENED);
        Settlement settlement = settlement(call, 1_867);

        settlements.submit(settlement);
        settlements.submit(settlement);
        assertThat(settlements.drain(Duration.ofSeconds(10))).isTrue();
        settlements.submit(settlement);
        assertThat(settlements.drain(Duration.ofSeconds(10))).isTrue();

        assertThat(counters(dept)).as("charged once, reservation closed").containsExactly(1_867, 0);
        assertThat(inFlightRows(dept)).isZero();
        assertThat(ledgerRows(call.requestId().value())).isEqualTo(1);
        assertThat(auditEvents(call.requestId().value())).isEqualTo(1);
        assertThat(transactions.inTransaction(auditTrail::verify).intact()).as("the chain stays whole").isTrue();
    }

    @Test
    void settlements_left_in_the_spool_of_a_killed_process_are_replayed_once(@TempDir Path temp) throws Exception {
        String dept = department(100_000);
        List<InFlightCall> calls = new ArrayList<>();
        SettlementSpool killed = SettlementSpool.open(temp.resolve("killed"), "11111111-1111-1111-1111-111111111111");
        for (int i = 0; i < 3; i++) {
            InFlightCall call = call(dept, 5_000);
            assertThat(reservations.open(call)).isEqualTo(OPENED);
            calls.add(call);
            killed.append(settlement(call, 1_000 + i));
        }
        // What kill -9 leaves: the files as written, never closed or settled; a torn last line.
        Path left = temp.resolve("left");
        Files.createDirectories(left);
        try (Stream<Path> files = Files.list(temp.resolve("killed"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("lock")).toList()) {
                Files.copy(f, left.resolve(f.getFileName()));
            }
        }
        try (Stream<Path> segments = Files.list(left)) {
            Path segment = segments.filter(f -> f.getFileName().toString().endsWith(".spool")).findFirst().orElseThrow();
            Files.writeString(segment, "s1 + AAAA", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        killed.close();

        SettlementSpool restarted = SettlementSpool.open(left, "22222222-2222-2222-2222-222222222222");
        assertThat(restarted.predecessor()).contains("11111111-1111-1111-1111-111111111111");
        assertThat(restarted.leftOver()).as("three whole lines; the torn one is skipped").hasSize(3);
        SettlementBatch batch = new SettlementBatch(dataSource);
        List<Settlement> replayed = restarted.leftOver().stream().map(SettlementSpool.Entry::settlement).toList();
        batch.commit(replayed);
        batch.commit(replayed); // a second replay (say the process died again before deleting the files)
        restarted.leftOver().forEach(restarted::settled);
        restarted.close();

        assertThat(counters(dept)).containsExactly(1_000 + 1_001 + 1_002, 0);
        for (InFlightCall call : calls) {
            assertThat(ledgerRows(call.requestId().value())).isEqualTo(1);
            assertThat(auditEvents(call.requestId().value())).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(left)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".spool")).toList())
                    .as("replayed segments are deleted").isEmpty();
        }
    }

    @Test
    void calls_of_a_dead_instance_are_charged_their_reservation_and_a_live_instance_is_left_alone() {
        String dept = department(100_000);
        UUID dead = UUID.randomUUID();
        UUID alive = UUID.randomUUID();
        UUID predecessor = UUID.randomUUID();
        heartbeat(dead, Instant.now().minusSeconds(120));
        heartbeat(alive, Instant.now());
        heartbeat(predecessor, Instant.now().minusSeconds(120));
        String deadCall = inFlight(dead, dept, 4_000);
        String aliveCall = inFlight(alive, dept, 3_000);
        String predecessorCall = inFlight(predecessor, dept, 2_000);

        interruptedCalls.reconcile(Duration.ofSeconds(30), Optional.of(predecessor.toString()), false);
        assertThat(settlements.drain(Duration.ofSeconds(10))).isTrue();
        assertThat(outcome(deadCall)).contains("INTERRUPTED");
        assertThat(cost(deadCall)).isEqualTo(4_000);
        assertThat(outcome(aliveCall)).as("its instance still beats").isEmpty();
        assertThat(outcome(predecessorCall)).as("not before the predecessor's spool was replayed").isEmpty();
        assertThat(counters(dept)).containsExactly(4_000, 5_000);

        interruptedCalls.reconcile(Duration.ofSeconds(30), Optional.of(predecessor.toString()), true);
        assertThat(settlements.drain(Duration.ofSeconds(10))).isTrue();
        assertThat(outcome(predecessorCall)).contains("INTERRUPTED");
        assertThat(counters(dept)).containsExactly(6_000, 3_000);
        assertThat(inFlightRows(dept)).as("only the live instance's call is still in flight").isEqualTo(1);
        System.out.printf("reconciliation: 2 interrupted calls charged their reservations (6,000 micro-yen),"
                + " 1 call of a live instance left in flight%n");
    }

    // --- helpers -------------------------------------------------------------------------------

    String department(long hardLimitMicros) {
        String dept = "dur-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.setMicros(dataSource, dept, hardLimitMicros);
        return dept;
    }

    static InFlightCall call(String dept, long micros) {
        return new InFlightCall(UUID.randomUUID().toString(), new RequestId("req-" + UUID.randomUUID()),
                new DepartmentId(dept),
                MONTH, micros, JPY, "svc-" + dept, new ModelId("mistral-7b-instruct"), DeploymentKind.ON_PREMISES,
                new ApprovalId(UUID.randomUUID()), DataClassification.INTERNAL, Instant.now());
    }

    static Settlement settlement(InFlightCall call, long charged) {
        Instant now = Instant.now();
        UsageRecord usage = UsageRecord.settled(call.requestId(), now, call.department(), call.caller(), call.route(),
                call.classification(), new TokenUsage(21, 7, true), charged, JPY, 3, 1, CallOutcome.SUCCESS);
        AuditEntry event = new AuditEntry(call.caller(), "GATEWAY.CALL", "gateway-call", call.requestId().value(), now,
                "SUCCESS", "test settlement", Optional.of(call.department().value()));
        return new Settlement(Optional.of(new Settlement.Charge(call.reservationId(), call.department(), call.month(),
                call.reservedMicros(), charged)), Optional.of(usage), Optional.of(event), Optional.empty());
    }

    long[] counters(String dept) {
        return query("SELECT spent_micros, reserved_micros FROM department_budget WHERE department = ? AND month = ?",
                r -> new long[]{r.getLong(1), r.getLong(2)}, dept, MONTH.toString()).orElseThrow();
    }

    long inFlightRows(String dept) {
        return query("SELECT count(*) FROM call_reservation WHERE department = ?", r -> r.getLong(1), dept).orElse(0L);
    }

    long ledgerRows(String requestId) {
        return query("SELECT count(*) FROM usage_record WHERE request_id = ?", r -> r.getLong(1), requestId).orElse(0L);
    }

    long auditEvents(String requestId) {
        return query("SELECT count(*) FROM audit_event WHERE entity_id = ?", r -> r.getLong(1), requestId).orElse(0L);
    }

    Optional<String> outcome(String requestId) {
        return query("SELECT outcome FROM usage_record WHERE request_id = ?", r -> r.getString(1), requestId);
    }

    long cost(String requestId) {
        return query("SELECT cost_micros FROM usage_record WHERE request_id = ?", r -> r.getLong(1), requestId)
                .orElseThrow();
    }

    void heartbeat(UUID instance, Instant at) {
        update("INSERT INTO gateway_instance (instance_id, started_at, heartbeat_at) VALUES (?, ?, ?)",
                instance, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** An in-flight call as another instance would have written it (reservation included); returns its request id. */
    String inFlight(UUID instance, String dept, long micros) {
        InFlightCall call = call(dept, micros);
        update("UPDATE department_budget SET reserved_micros = reserved_micros + ? WHERE department = ? AND month = ?",
                micros, dept, MONTH.toString());
        update("INSERT INTO call_reservation (reservation_id, request_id, department, month, reserved_micros, currency,"
                        + " caller, model_id, deployment, approval_id, classification, instance_id, started_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'JPY', ?, ?, ?, ?, ?, ?, ?)",
                UUID.fromString(call.reservationId()), call.requestId().value(), dept, MONTH.toString(), micros,
                call.caller(),
                call.model().value(), call.deployment().name(), call.approval().value(), call.classification().name(),
                instance, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        return call.requestId().value();
    }

    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    <T> Optional<T> query(String sql, Row<T> row, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.ofNullable(row.read(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

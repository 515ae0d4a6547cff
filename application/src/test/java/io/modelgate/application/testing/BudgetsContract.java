package io.modelgate.application.testing;

import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.ledger.RequestId;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Budgets} must do, with its counters moved the way production moves them: by the gateway's
 * {@link CallReservations} and settlements. Run against the in-memory fakes here and against PostgreSQL in
 * bootstrap (the production statements: {@code JdbcCallReservations} and {@code SettlementBatch}), where the
 * concurrency tests matter: 200 simultaneous reservations against a hard limit that pays for 50 must let
 * exactly 50 through. Amounts are in yen unless a test says otherwise; the counters in micro-yen
 * (1 yen = 1,000,000). Each test works in a department of its own.
 */
public abstract class BudgetsContract {

    protected abstract Budgets budgets();

    protected abstract Transactions transactions();

    /** The gateway's reservations on these budgets (the production statement on PostgreSQL). */
    protected abstract CallReservations reservations();

    /** Applies one settlement as the gateway's settlement writer does, synchronously. */
    protected abstract void settle(Settlement settlement);

    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final long YEN = 1_000_000;
    /** Microseconds, as PostgreSQL keeps them. */
    private static final Instant T0 = Instant.parse("2025-04-20T03:04:05.123456Z");

    private DepartmentId department;

    @BeforeEach
    void aDepartmentOfItsOwn() {
        department = ApprovalContractSamples.uniqueDepartment();
    }

    private static Budget settings(DepartmentId of, YearMonth month, String amount, int percent, String hardLimit,
                                   String currency, long version) {
        return new Budget(of, month, Money.of(amount, currency), percent, Money.of(hardLimit, currency), 0, 0,
                Optional.empty(), version);
    }

    private Budget settings(String amountYen, int percent, String hardLimitYen, long version) {
        return settings(department, APRIL, amountYen, percent, hardLimitYen, "JPY", version);
    }

    private <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    private Budget save(Budget budget) {
        return tx(() -> budgets().save(budget));
    }

    private Budget stored() {
        return tx(() -> budgets().find(department, APRIL)).orElseThrow();
    }

    /** Reservations this test opened and has not closed yet, by amount. */
    private final List<InFlightCall> open = new ArrayList<>();

    private boolean reserve(long micros) {
        return reserve(department, APRIL, micros);
    }

    private boolean reserve(DepartmentId of, YearMonth month, long micros) {
        InFlightCall call = new InFlightCall(UUID.randomUUID().toString(), RequestId.random(), of, month, micros,
                Money.currency(currencyOf(of, month)), "caller", new ModelId("gpt-4o"), DeploymentKind.VENDOR_API,
                new ApprovalId(UUID.randomUUID()), DataClassification.INTERNAL, T0);
        boolean opened = reservations().open(call) == CallReservations.Opened.OPENED;
        if (opened) {
            synchronized (open) {
                open.add(call);
            }
        }
        return opened;
    }

    private String currencyOf(DepartmentId of, YearMonth month) {
        return tx(() -> budgets().find(of, month)).map(b -> b.amount().currency().getCurrencyCode()).orElse("JPY");
    }

    private InFlightCall take(long reservedMicros) {
        synchronized (open) {
            InFlightCall call = open.stream().filter(c -> c.reservedMicros() == reservedMicros).findFirst()
                    .orElseThrow(() -> new AssertionError("no open reservation of " + reservedMicros));
            open.remove(call);
            return call;
        }
    }

    /** Settles an open reservation of {@code reservedMicros} for {@code chargedMicros}, as the gateway does. */
    private void settle(long reservedMicros, long chargedMicros) {
        settle(take(reservedMicros), chargedMicros, T0);
    }

    private void settle(InFlightCall call, long chargedMicros, Instant at) {
        AuditEntry alert = new AuditEntry("caller", "BUDGET.SOFT_ALERT", "budget", call.department() + "/" + APRIL, at,
                "ALERT", "spending crossed the soft alert threshold", Optional.of(call.department().value()));
        settle(new Settlement(Optional.of(new Settlement.Charge(call.reservationId(), call.department(), call.month(),
                call.reservedMicros(), chargedMicros)), Optional.empty(), Optional.empty(), Optional.of(alert)));
    }

    private void release(long reservedMicros) {
        assertThat(reservations().release(take(reservedMicros).reservationId())).isTrue();
    }

    /** Spends exactly {@code micros}: reserves and settles at once. */
    private void spend(long micros) {
        spend(micros, T0);
    }

    private void spend(long micros, Instant at) {
        assertThat(reserve(micros)).isTrue();
        settle(take(micros), micros, at);
    }

    @Test
    void nothing_is_known_of_a_month_without_a_budget_and_nothing_can_be_reserved_in_it() {
        assertThat(tx(() -> budgets().find(department, APRIL))).isEmpty();
        assertThat(tx(() -> budgets().ofDepartment(department))).isEmpty();
        assertThat(reserve(1)).isFalse();
        assertThat(reservations().release(UUID.randomUUID().toString())).isFalse();
        assertThat(tx(() -> budgets().find(department, APRIL))).isEmpty();
    }

    @Test
    void a_new_budget_starts_at_version_0_with_nothing_spent_or_reserved_whatever_the_argument_says() {
        Budget asked = new Budget(department, APRIL, Money.of("500000", "JPY"), 80, Money.of("550000", "JPY"),
                7 * YEN, 9 * YEN, Optional.of(T0), 0);
        Budget saved = save(asked);
        Budget expected = new Budget(department, APRIL, Money.of("500000", "JPY"), 80, Money.of("550000", "JPY"),
                0, 0, Optional.empty(), 0);
        assertThat(saved).isEqualTo(expected);
        assertThat(stored()).isEqualTo(expected);
        assertThat(stored().hardLimitMicros()).isEqualTo(550_000 * YEN);
        assertThat(tx(() -> budgets().ofDepartment(department))).containsExactly(expected);
    }

    @Test
    void a_change_needs_the_stored_version_moves_it_on_and_keeps_the_counters() {
        save(settings("1000", 80, "1200", 0));
        spend(300 * YEN);
        assertThat(reserve(50 * YEN)).isTrue();

        Budget changed = save(settings("2000", 90, "2500", 0));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.amount()).isEqualTo(Money.of("2000", "JPY"));
        assertThat(changed.softAlertPercent()).isEqualTo(90);
        assertThat(changed.hardLimit()).isEqualTo(Money.of("2500", "JPY"));
        assertThat(changed.spentMicros()).isEqualTo(300 * YEN);
        assertThat(changed.reservedMicros()).isEqualTo(50 * YEN);
        assertThat(stored()).isEqualTo(changed);

        assertThatThrownBy(() -> save(settings("3000", 80, "3000", 0)))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).announcedByCaller()).isFalse());
        assertThat(stored()).isEqualTo(changed);
    }

    @Test
    void counters_do_not_move_the_version() {
        save(settings("1000", 80, "1000", 0));
        spend(10 * YEN);
        assertThat(reserve(YEN)).isTrue();
        release(YEN);
        assertThat(stored().version()).isZero();
    }

    @Test
    void a_month_that_does_not_exist_cannot_be_changed_from_a_later_version() {
        assertThatThrownBy(() -> save(settings("1000", 80, "1000", 3))).isInstanceOf(StaleVersionException.class);
        assertThat(tx(() -> budgets().find(department, APRIL))).isEmpty();
    }

    @Test
    void a_hard_limit_below_what_is_spent_and_reserved_is_refused_and_changes_nothing() {
        save(settings("500", 80, "1000", 0));
        spend(500 * YEN);
        assertThat(reserve(300 * YEN)).isTrue();

        assertThatThrownBy(() -> save(settings("500", 80, "799", 0)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("hardLimit"));
        assertThat(stored().hardLimit()).isEqualTo(Money.of("1000", "JPY"));
        assertThat(stored().version()).isZero();

        // exactly what is used is fine: nothing more can be reserved
        assertThat(save(settings("500", 80, "800", 0)).hardLimitMicros()).isEqualTo(800 * YEN);
        assertThat(reserve(1)).isFalse();
    }

    @Test
    void the_currency_changes_only_while_nothing_is_spent_or_reserved() {
        save(settings("1000", 80, "1000", 0));
        Budget dollars = save(settings(department, APRIL, "10.50", 80, "12.00", "USD", 0));
        assertThat(dollars.hardLimitMicros()).isEqualTo(12_000_000);
        assertThat(reserve(1)).isTrue();
        assertThatThrownBy(() -> save(settings("1000", 80, "1000", 1)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("amount.currency"));
        assertThat(stored().amount()).isEqualTo(Money.of("10.50", "USD"));
    }

    @Test
    void reservations_stay_within_the_hard_limit_counting_what_is_spent() {
        save(settings("80", 80, "100", 0));
        assertThat(reserve(60 * YEN)).isTrue();
        assertThat(reserve(50 * YEN)).isFalse();
        assertThat(stored().reservedMicros()).isEqualTo(60 * YEN);
        assertThat(reserve(40 * YEN)).isTrue();
        assertThat(reserve(0)).isTrue();
        assertThat(reserve(1)).isFalse();

        settle(60 * YEN, 60 * YEN);
        assertThat(reserve(1)).isFalse();
        release(40 * YEN);
        assertThat(reserve(40 * YEN + 1)).isFalse();
        assertThat(reserve(40 * YEN)).isTrue();
        assertThat(stored().spentMicros()).isEqualTo(60 * YEN);
        assertThat(stored().reservedMicros()).isEqualTo(40 * YEN);
    }

    @Test
    void settling_turns_a_reservation_into_spending_and_releasing_gives_it_back() {
        save(settings("100", 80, "100", 0));
        assertThat(reserve(10 * YEN)).isTrue();
        assertThat(reserve(5 * YEN)).isTrue();
        settle(10 * YEN, 375_000);
        assertThat(stored().spentMicros()).isEqualTo(375_000);
        assertThat(stored().reservedMicros()).isEqualTo(5 * YEN);
        release(5 * YEN);
        assertThat(stored().reservedMicros()).isZero();
        assertThat(stored().spentMicros()).isEqualTo(375_000);
        assertThat(stored().remainingMicros()).isEqualTo(100 * YEN - 375_000);
    }

    @Test
    void a_reservation_settled_or_released_again_changes_nothing() {
        save(settings("100", 80, "100", 0));
        assertThat(reserve(10 * YEN)).isTrue();
        InFlightCall call = take(10 * YEN);
        settle(call, 4 * YEN, T0);
        settle(call, 4 * YEN, T0);
        settle(call, 10 * YEN, T0);
        assertThat(reservations().release(call.reservationId())).isFalse();
        assertThat(stored().reservedMicros()).isZero();
        assertThat(stored().spentMicros()).isEqualTo(4 * YEN);
    }

    @Test
    void negative_amounts_are_refused() {
        save(settings("100", 80, "100", 0));
        assertThatThrownBy(() -> reserve(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Settlement.Charge(UUID.randomUUID().toString(), department, APRIL, 0, -1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Settlement.Charge(UUID.randomUUID().toString(), department, APRIL, -1, 0))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_call_is_never_charged_more_than_it_reserved() {
        save(settings("100", 80, "100", 0));
        assertThat(reserve(10 * YEN)).isTrue();
        assertThatThrownBy(() -> new Settlement.Charge(UUID.randomUUID().toString(), department, APRIL, 10 * YEN,
                20 * YEN)).isInstanceOf(InvalidValueException.class);
        settle(10 * YEN, 10 * YEN);
        assertThat(reserve(90 * YEN)).isTrue();
        settle(90 * YEN, 90 * YEN);
        assertThat(stored().spentMicros()).isEqualTo(100 * YEN);
        assertThat(stored().reservedMicros()).isZero();
        assertThat(reserve(1)).isFalse();
    }

    @Test
    void the_soft_alert_is_recorded_once_when_spending_reaches_the_threshold() {
        save(settings("1000", 80, "1200", 0));
        spend(800 * YEN - 1);
        assertThat(stored().softAlertedAt()).isEmpty();
        assertThat(reserve(300 * YEN)).isTrue();
        assertThat(stored().softAlertedAt()).as("reservations are not spending").isEmpty();
        settle(take(300 * YEN), 1, T0);
        assertThat(stored().softAlertedAt()).contains(T0);
        spend(YEN, T0.plusSeconds(60));
        assertThat(stored().softAlertedAt()).as("recorded once").contains(T0);
        assertThat(stored().version()).isZero();
    }

    @Test
    void the_soft_alert_is_forgotten_when_a_new_threshold_lies_above_what_is_spent() {
        save(settings("1000", 80, "1200", 0));
        spend(800 * YEN);
        assertThat(stored().softAlertedAt()).contains(T0);

        assertThat(save(settings("1000", 50, "1200", 0)).softAlertedAt()).as("still crossed").contains(T0);
        assertThat(save(settings("2000", 80, "2400", 1)).softAlertedAt()).as("1,600 not reached").isEmpty();
        spend(YEN, T0.plusSeconds(1));
        assertThat(stored().softAlertedAt()).isEmpty();
        spend(799 * YEN, T0.plusSeconds(2));
        assertThat(stored().softAlertedAt()).contains(T0.plusSeconds(2));
    }

    @Test
    void an_empty_budget_never_alerts_before_anything_is_spent() {
        save(settings("0", 80, "10", 0));
        spend(0);
        assertThat(stored().softAlertedAt()).as("a free call spends nothing").isEmpty();
        spend(1);
        assertThat(stored().softAlertedAt()).contains(T0);
    }

    @Test
    void months_and_departments_are_separate() {
        save(settings("100", 80, "100", 0));
        save(settings(department, APRIL.plusMonths(1), "200", 80, "200", "JPY", 0));
        save(settings(department, APRIL.minusMonths(1), "300", 80, "300", "JPY", 0));
        DepartmentId other = ApprovalContractSamples.uniqueDepartment();
        save(settings(other, APRIL, "100", 80, "100", "JPY", 0));

        assertThat(reserve(100 * YEN)).isTrue();
        assertThat(reserve(other, APRIL, 100 * YEN)).isTrue();
        assertThat(reserve(department, APRIL.plusMonths(1), 200 * YEN)).isTrue();
        assertThat(tx(() -> budgets().ofDepartment(department))).extracting(Budget::month)
                .containsExactly(APRIL.minusMonths(1), APRIL, APRIL.plusMonths(1));
        assertThat(tx(() -> budgets().ofDepartment(department))).extracting(Budget::reservedMicros)
                .containsExactly(0L, 100 * YEN, 200 * YEN);
    }

    @Test
    void a_dollar_budget_counts_in_millionths_of_a_dollar() {
        save(settings(department, APRIL, "100.00", 80, "123.45", "USD", 0));
        assertThat(stored().hardLimitMicros()).isEqualTo(123_450_000);
        assertThat(reserve(123_450_000)).isTrue();
        assertThat(reserve(1)).isFalse();
    }

    @Test
    void two_hundred_simultaneous_reservations_against_a_limit_that_pays_for_fifty_let_exactly_fifty_through()
            throws Exception {
        long perCall = 1_500_000; // 1.5 yen: fifty pay 75 yen
        save(settings("60", 80, "75", 0));

        List<Boolean> outcomes = all(200, i -> () -> reserve(perCall));
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i)) {
                winners.add(i);
            }
        }
        assertThat(winners).hasSize(50);
        Budget afterReservations = stored();
        assertThat(afterReservations.reservedMicros()).isEqualTo(50 * perCall);
        assertThat(afterReservations.spentMicros() + afterReservations.reservedMicros())
                .isLessThanOrEqualTo(afterReservations.hardLimitMicros());

        // half settle for less than they reserved, half give their reservation back, all at once
        all(50, i -> () -> {
            if (i % 2 == 0) {
                settle(perCall, 1_000_000);
            } else {
                release(perCall);
            }
            return true;
        });
        Budget settled = stored();
        assertThat(settled.reservedMicros()).isZero();
        assertThat(settled.spentMicros()).isEqualTo(25 * 1_000_000L);

        // the soft alert (80 % of 60 = 48 yen) is not reached by 25 yen; 20 calls of a yen and a half race past it
        assertThat(stored().softAlertedAt()).isEmpty();
        all(20, i -> () -> {
            spend(1_500_000, T0.plusSeconds(i));
            return true;
        });
        Budget alerted = stored();
        assertThat(alerted.spentMicros()).isEqualTo(55 * YEN);
        assertThat(alerted.softAlertedAt()).as("marked once, by one of the calls").isPresent();
        assertThat(alerted.softAlertedAt().get()).isBetween(T0, T0.plusSeconds(19));
    }

    private interface Task {
        Callable<Boolean> number(int i);
    }

    /** Runs {@code n} tasks on {@code n} threads released together; their results in task order. */
    private static List<Boolean> all(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Boolean> work = task.number(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.modelgate.domain.budget;

import io.modelgate.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Random;

import static io.modelgate.domain.budget.Prices.dollars;
import static io.modelgate.domain.budget.Prices.yen;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class BudgetStateTest {

    private static final long YEN = 1_000_000L;

    private static Money jpy(long yen) {
        return Money.ofMinor(yen, "JPY");
    }

    /** ¥100,000 a month, alert at 80 %, hard limit ¥110,000. */
    private static BudgetState budget(long spentMicros, long reservedMicros) {
        return new BudgetState(jpy(100_000), 80, jpy(110_000), yen(spentMicros), yen(reservedMicros));
    }

    @ParameterizedTest(name = "spent {0} + reserved {1} + call {2} (micro-yen) fits under ¥110,000: {3}")
    @CsvSource({
            "0,                 0,               0,               true",
            "0,                 0,               110000000000,    true",    // exactly the hard limit
            "0,                 0,               110000000001,    false",   // one micro-yen over
            "100000000000,      9999999999,      1,               true",    // lands exactly on the limit
            "100000000000,      10000000000,     1,               false",
            "110000000000,      0,               0,               true",    // a free call still fits
            "60000000000,       50000000000,     1,               false",   // reservations count
    })
    void can_reserve_while_spent_plus_reserved_plus_the_call_stays_within_the_hard_limit(
            long spent, long reserved, long call, boolean fits) {
        BudgetState state = budget(spent, reserved);

        assertThat(state.canReserve(yen(call))).isEqualTo(fits);
        Optional<BudgetState> next = state.reserve(yen(call));
        assertThat(next.isPresent()).isEqualTo(fits);
        next.ifPresent(s -> {
            assertThat(s.reserved()).isEqualTo(yen(reserved + call));
            assertThat(s.spent()).isEqualTo(yen(spent));
        });
    }

    @Test
    void settling_releases_the_reservation_and_spends_the_actual_cost() {
        // reserve ¥1.65, the call costs ¥1.125
        BudgetState reserved = BudgetState.unused(jpy(100_000), 80, jpy(110_000)).reserve(yen(1_650_000)).orElseThrow();
        BudgetState settled = reserved.settle(yen(1_650_000), yen(1_125_000));

        assertThat(settled.spent()).isEqualTo(yen(1_125_000));
        assertThat(settled.reserved()).isEqualTo(yen(0));
        assertThat(settled.headroom()).isEqualTo(yen(110_000 * YEN - 1_125_000));
        assertThat(settled.remaining()).isEqualTo(yen(100_000 * YEN - 1_125_000));
        assertThat(settled.used()).isEqualTo(yen(1_125_000));
    }

    @Test
    void releasing_returns_the_reservation_untouched() {
        BudgetState reserved = budget(5 * YEN, 0).reserve(yen(3 * YEN)).orElseThrow();

        assertThat(reserved.release(yen(3 * YEN))).isEqualTo(budget(5 * YEN, 0));
    }

    @Test
    void headroom_is_what_a_call_may_still_reserve_and_remaining_what_is_left_of_the_amount() {
        assertThat(budget(0, 0).headroom()).isEqualTo(yen(110_000 * YEN));
        assertThat(budget(0, 0).remaining()).isEqualTo(yen(100_000 * YEN));
        assertThat(budget(100_000 * YEN, 4_000 * YEN).headroom()).isEqualTo(yen(6_000 * YEN));
        // spending may pass the amount up to the hard limit: nothing of the amount remains, not a negative
        assertThat(budget(100_000 * YEN, 4_000 * YEN).remaining()).isEqualTo(yen(0));
        assertThat(budget(110_000 * YEN, 0).headroom()).isEqualTo(yen(0));
        assertThat(budget(110_000 * YEN, 0).canReserve(yen(1))).isFalse();
    }

    @Test
    void a_charge_never_passes_its_reservation() {
        BudgetState held = budget(109_999 * YEN, YEN);

        assertInvalid(() -> held.settle(yen(YEN), yen(YEN + 1)), "charge");
        assertThat(held.settle(yen(YEN), yen(YEN)).spent()).isEqualTo(yen(110_000 * YEN));
    }

    @Test
    void the_state_itself_keeps_spent_plus_reserved_within_the_hard_limit() {
        assertInvalid(() -> budget(110_000 * YEN, 1), "spent");
    }

    @Test
    void the_soft_alert_is_marked_once_when_spending_reaches_the_threshold() {
        assertThat(budget(0, 80_000 * YEN).markSoftAlert()).as("reservations are not spending").isEmpty();
        assertThat(budget(79_999 * YEN, 0).markSoftAlert()).isEmpty();
        BudgetState alerted = budget(80_000 * YEN, 0).markSoftAlert().orElseThrow();
        assertThat(alerted.softAlerted()).isTrue();
        assertThat(alerted.markSoftAlert()).isEmpty();
        // an empty budget has reached any threshold, but nothing was spent to alert about
        BudgetState empty = BudgetState.unused(jpy(0), 80, jpy(10));
        assertThat(empty.markSoftAlert()).isEmpty();
        assertThat(empty.reserve(yen(1)).orElseThrow().settle(yen(1), yen(1)).markSoftAlert()).isPresent();
    }

    @Test
    void the_soft_threshold_is_the_least_spending_that_reaches_it() {
        assertThat(budget(0, 0).softAlertThreshold()).isEqualTo(yen(80_000 * YEN));
        BudgetState cents = new BudgetState(Money.ofMinor(1, "USD"), 33, Money.ofMinor(1, "USD"), dollars(0), dollars(0));
        assertThat(cents.softAlertThreshold()).isEqualTo(dollars(3_300));
        BudgetState odd = new BudgetState(jpy(1), 33, jpy(1), yen(0), yen(0));
        assertThat(odd.softAlertThreshold()).isEqualTo(yen(330_000));
        assertThat(new BudgetState(jpy(3), 33, jpy(3), yen(0), yen(0)).softAlertThreshold()).isEqualTo(yen(990_000));
    }

    @ParameterizedTest(name = "spent {0} → {1} micro-yen crosses 80 % of ¥100,000: {2}")
    @CsvSource({
            "0,              79999999999,   false",   // below ¥80,000
            "0,              80000000000,   true",    // reaching it counts
            "79999999999,    80000000000,   true",
            "80000000000,    80000000001,   false",   // already at it: raised once only
            "80000000001,    90000000000,   false",
            "0,              110000000000,  true",    // a jump over it
            "79999999999,    79999999999,   false",
    })
    void crosses_the_soft_threshold_once(long before, long after, boolean crosses) {
        assertThat(budget(0, 0).crossesSoftThreshold(yen(before), yen(after))).isEqualTo(crosses);
    }

    @Test
    void the_soft_threshold_is_exact_even_when_the_percentage_does_not_divide_the_amount() {
        // 33 % of $0.01 = $0.0033 = 3,300 micro-dollars
        BudgetState cents = new BudgetState(Money.ofMinor(1, "USD"), 33, Money.ofMinor(1, "USD"), dollars(3_299), dollars(0));
        assertThat(cents.softThresholdReached()).isFalse();
        assertThat(cents.crossesSoftThreshold(dollars(3_299), dollars(3_300))).isTrue();
        // 1 % of ¥1 = 10,000 micro-yen
        BudgetState yen = new BudgetState(jpy(1), 1, jpy(1), yen(10_000), yen(0));
        assertThat(yen.softThresholdReached()).isTrue();
    }

    @Test
    void spent_plus_reserved_never_passes_the_hard_limit_while_settlements_stay_within_their_reservations() {
        Random random = new Random(2024);
        for (int run = 0; run < 50; run++) {
            BudgetState state = new BudgetState(jpy(1_000), 1 + random.nextInt(100), jpy(random.nextInt(1_500)),
                    yen(0), yen(0));
            Deque<MicroAmount> inFlight = new ArrayDeque<>();
            for (int step = 0; step < 400; step++) {
                int action = random.nextInt(3);
                if (action == 0 || inFlight.isEmpty()) {
                    MicroAmount maximum = yen(random.nextLong(40 * YEN));
                    Optional<BudgetState> next = state.reserve(maximum);
                    assertThat(next.isPresent()).isEqualTo(state.canReserve(maximum));
                    if (next.isPresent()) {
                        state = next.get();
                        inFlight.add(maximum);
                    }
                } else if (action == 1) {
                    MicroAmount held = inFlight.poll();
                    state = state.settle(held, yen(random.nextLong(held.micros() + 1)));
                } else {
                    state = state.release(inFlight.poll());
                }
                assertThat(state.used()).isLessThanOrEqualTo(state.hardLimitMicros());
                assertThat(state.used().plus(state.headroom())).isEqualTo(state.hardLimitMicros());
                assertThat(state.reserved()).isEqualTo(inFlight.stream().reduce(yen(0), MicroAmount::plus));
            }
        }
    }

    @Test
    void values_are_checked() {
        assertInvalid(() -> new BudgetState(jpy(-1), 80, jpy(0), yen(0), yen(0)), "amount");
        assertInvalid(() -> new BudgetState(jpy(1), 0, jpy(0), yen(0), yen(0)), "softAlertPercent");
        assertInvalid(() -> new BudgetState(jpy(1), 101, jpy(0), yen(0), yen(0)), "softAlertPercent");
        assertInvalid(() -> new BudgetState(jpy(1), 80, jpy(-1), yen(0), yen(0)), "hardLimit");
        assertInvalid(() -> new BudgetState(jpy(1), 80, Money.ofMinor(1, "USD"), yen(0), yen(0)), "hardLimit");
        assertInvalid(() -> new BudgetState(jpy(1), 80, jpy(1), dollars(0), yen(0)), "spent");
        assertInvalid(() -> new BudgetState(jpy(1), 80, jpy(1), yen(0), dollars(0)), "reserved");
        assertInvalid(() -> new BudgetState(jpy(1), 80, jpy(1), yen(-1), yen(0)), "spent");
        assertInvalid(() -> new BudgetState(jpy(1), 80, jpy(1), yen(0), yen(-1)), "reserved");
        assertInvalid(() -> new BudgetState(jpy(1), 80, jpy(1), yen(Long.MAX_VALUE), yen(1)), "amount");
        assertInvalid(() -> new BudgetState(null, 80, jpy(1), yen(0), yen(0)), "amount");
    }

    @Test
    void steps_are_checked() {
        BudgetState state = budget(0, 5);
        assertInvalid(() -> state.canReserve(yen(-1)), "reservation");
        assertInvalid(() -> state.canReserve(dollars(1)), "reservation");
        assertInvalid(() -> state.settle(yen(6), yen(1)), "reservation");       // more than is held
        assertInvalid(() -> state.settle(yen(5), yen(-1)), "charge");
        assertInvalid(() -> state.release(yen(6)), "reservation");
        assertInvalid(() -> state.crossesSoftThreshold(dollars(0), yen(1)), "spentBefore");
        assertInvalid(() -> state.crossesSoftThreshold(yen(0), null), "spentAfter");
    }
}

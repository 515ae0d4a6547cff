package io.modelgate.domain.budget;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.math.BigInteger;
import java.util.Currency;
import java.util.Optional;

/**
 * A department's budget for a month and what it has used, as pure arithmetic. The persistence adapter
 * does the same in one SQL statement per step, so that concurrent calls never overspend:
 *
 * <table>
 *   <caption>Each step and the atomic statement that mirrors it</caption>
 *   <tr><th>step</th><th>here</th><th>in the database</th></tr>
 *   <tr><td>before a call</td><td>{@link #reserve}</td>
 *       <td>{@code UPDATE … SET reserved = reserved + :x WHERE spent + reserved + :x <= hard_limit} (0 rows: refused)</td></tr>
 *   <tr><td>after a call</td><td>{@link #settle}</td>
 *       <td>{@code UPDATE … SET reserved = reserved - :reserved, spent = spent + :actual}</td></tr>
 *   <tr><td>a call that failed before costing anything</td><td>{@link #release}</td>
 *       <td>{@code UPDATE … SET reserved = reserved - :reserved}</td></tr>
 * </table>
 *
 * <p>Invariant: while every settlement costs at most what was reserved for it (the rule of
 * {@link Reservation}), spent + reserved &le; hard limit. A settlement above its reservation (a prompt
 * the {@link TokenEstimate} under-counted) records the truth anyway, so spent may pass the hard limit by
 * that difference; {@link #remaining()} is then zero and every further reservation is refused.
 *
 * @param amount           the monthly budget; the soft alert is a percentage of it
 * @param softAlertPercent 1 to 100: alert once spent reaches this share of the amount
 * @param hardLimit        what spent plus reserved may never pass; may differ from the amount
 * @param spent            settled cost of finished calls, micro-units of the budget currency
 * @param reserved         held for calls in flight, micro-units of the budget currency
 */
public record BudgetState(Money amount, int softAlertPercent, Money hardLimit, MicroAmount spent,
                          MicroAmount reserved) {

    public BudgetState {
        Require.present(amount, "amount");
        Require.present(hardLimit, "hardLimit");
        Require.present(spent, "spent");
        Require.present(reserved, "reserved");
        Require.that(!amount.isNegative(), "amount", "must not be negative (was " + amount + ")");
        Require.that(softAlertPercent >= 1 && softAlertPercent <= 100, "softAlertPercent",
                "must be between 1 and 100 (was " + softAlertPercent + ")");
        Require.that(!hardLimit.isNegative(), "hardLimit", "must not be negative (was " + hardLimit + ")");
        Currency currency = amount.currency();
        Require.that(hardLimit.currency().equals(currency), "hardLimit", "must be in the budget currency " + code(currency));
        Require.that(spent.currency().equals(currency), "spent", "must be in the budget currency " + code(currency));
        Require.that(reserved.currency().equals(currency), "reserved", "must be in the budget currency " + code(currency));
        Require.that(!spent.isNegative(), "spent", "must not be negative (was " + spent + ")");
        Require.that(!reserved.isNegative(), "reserved", "must not be negative (was " + reserved + ")");
        spent.plus(reserved); // their sum must be representable
        MicroAmount.fromMoney(hardLimit);
        MicroAmount.fromMoney(amount);
    }

    /** A month that has not started spending. */
    public static BudgetState unused(Money amount, int softAlertPercent, Money hardLimit) {
        Require.present(amount, "amount");
        MicroAmount zero = MicroAmount.zero(amount.currency());
        return new BudgetState(amount, softAlertPercent, hardLimit, zero, zero);
    }

    public Currency currency() {
        return amount.currency();
    }

    /** Spent plus reserved. */
    public MicroAmount used() {
        return spent.plus(reserved);
    }

    /** The hard limit in micro-units. */
    public MicroAmount hardLimitMicros() {
        return MicroAmount.fromMoney(hardLimit);
    }

    /** A call that may cost up to {@code maximum} fits: spent + reserved + maximum &le; hard limit. */
    public boolean canReserve(MicroAmount maximum) {
        requireCost(maximum, "reservation");
        // hard - used cannot overflow: both are within [0, Long.MAX_VALUE]
        return maximum.micros() <= hardLimitMicros().micros() - used().micros();
    }

    /** The state with the call's maximum reserved; empty (a refusal, not an error) when it would pass the hard limit. */
    public Optional<BudgetState> reserve(MicroAmount maximum) {
        if (!canReserve(maximum)) {
            return Optional.empty();
        }
        return Optional.of(new BudgetState(amount, softAlertPercent, hardLimit, spent, reserved.plus(maximum)));
    }

    /**
     * A call ended: its reservation is released and its actual cost spent. The actual cost may exceed
     * the reservation (see the invariant above); the reservation must be one still held.
     */
    public BudgetState settle(MicroAmount reservation, MicroAmount actualCost) {
        requireHeld(reservation);
        requireCost(actualCost, "actualCost");
        return new BudgetState(amount, softAlertPercent, hardLimit, spent.plus(actualCost), reserved.minus(reservation));
    }

    /** A call failed before it cost anything: its reservation is released. */
    public BudgetState release(MicroAmount reservation) {
        requireHeld(reservation);
        return new BudgetState(amount, softAlertPercent, hardLimit, spent, reserved.minus(reservation));
    }

    /** What a call may still reserve: hard limit − spent − reserved, never below zero. */
    public MicroAmount remaining() {
        long left = hardLimitMicros().micros() - used().micros();
        return new MicroAmount(Math.max(0, left), currency());
    }

    /** Spent has reached the soft alert: spent &ge; amount &times; softAlertPercent / 100, exactly. */
    public boolean softThresholdReached() {
        return atOrAboveThreshold(spent);
    }

    /**
     * Spent moved from below the soft alert to at or above it, so the alert is raised exactly once:
     * pass what was spent before and after a settlement.
     */
    public boolean crossesSoftThreshold(MicroAmount spentBefore, MicroAmount spentAfter) {
        requireBudgetCurrency(spentBefore, "spentBefore");
        requireBudgetCurrency(spentAfter, "spentAfter");
        return !atOrAboveThreshold(spentBefore) && atOrAboveThreshold(spentAfter);
    }

    /** spent × 100 ≥ amount × percent, in exact integers (no rounding of the threshold). */
    private boolean atOrAboveThreshold(MicroAmount spentSoFar) {
        BigInteger left = BigInteger.valueOf(spentSoFar.micros()).multiply(BigInteger.valueOf(100));
        BigInteger right = BigInteger.valueOf(MicroAmount.fromMoney(amount).micros())
                .multiply(BigInteger.valueOf(softAlertPercent));
        return left.compareTo(right) >= 0;
    }

    private void requireHeld(MicroAmount reservation) {
        requireCost(reservation, "reservation");
        if (reservation.compareTo(reserved) > 0) {
            throw new InvalidValueException("reservation", reservation + " is more than is reserved (" + reserved + ")");
        }
    }

    private void requireCost(MicroAmount cost, String field) {
        requireBudgetCurrency(cost, field);
        Require.that(!cost.isNegative(), field, "must not be negative (was " + cost + ")");
    }

    private void requireBudgetCurrency(MicroAmount value, String field) {
        Require.present(value, field);
        Require.that(value.currency().equals(currency()), field,
                "must be in the budget currency " + code(currency()) + " (was " + code(value.currency()) + ")");
    }

    private static String code(Currency currency) {
        return currency.getCurrencyCode();
    }
}

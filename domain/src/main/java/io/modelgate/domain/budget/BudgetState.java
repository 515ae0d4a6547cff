package io.modelgate.domain.budget;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.math.BigInteger;
import java.util.Currency;
import java.util.Optional;

/**
 * The money rules of the gateway, in one place: a department's budget for a month and the four steps a
 * call takes through it. This is the specification; the persistence adapter runs the same steps as SQL
 * statements (one per step, atomic under any number of concurrent callers and instances), and
 * {@code BudgetSpecificationAgainstPostgresTest} runs random sequences of steps through both and
 * requires the same outcomes and the same counters.
 *
 * <table>
 *   <caption>The steps</caption>
 *   <tr><th>step</th><th>rule</th></tr>
 *   <tr><td>{@link #reserve} before a provider is asked</td>
 *       <td>reserved += maximum, only while spent + reserved + maximum &le; hard limit; otherwise refused</td></tr>
 *   <tr><td>{@link #settle} after the call</td>
 *       <td>reserved −= reservation, spent += charge, where charge &le; reservation</td></tr>
 *   <tr><td>{@link #release} when no provider answered</td><td>reserved −= reservation</td></tr>
 *   <tr><td>{@link #markSoftAlert} after a charge</td>
 *       <td>once per month, when spent &gt; 0 and spent &ge; amount &times; percent / 100</td></tr>
 * </table>
 *
 * <p>Invariant: spent + reserved &le; hard limit, always. A charge never passes its reservation: the
 * reservation prices the most a call may use ({@link Reservation}), and a call that reports more is
 * charged its reservation (the ledger keeps the tokens it reported).
 *
 * @param amount           the monthly budget; the soft alert is a percentage of it
 * @param softAlertPercent 1 to 100: alert once spent reaches this share of the amount
 * @param hardLimit        what spent plus reserved may never pass; at least the amount
 * @param spent            settled cost of finished calls, micro-units of the budget currency
 * @param reserved         held for calls in flight, micro-units of the budget currency
 * @param softAlerted      the month's soft alert was recorded
 */
public record BudgetState(Money amount, int softAlertPercent, Money hardLimit, MicroAmount spent,
                          MicroAmount reserved, boolean softAlerted) {

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
        MicroAmount.fromMoney(amount);
        Require.that(spent.plus(reserved).compareTo(MicroAmount.fromMoney(hardLimit)) <= 0, "spent",
                "spent and reserved must not pass the hard limit");
    }

    /** A state whose soft alert was not recorded. */
    public BudgetState(Money amount, int softAlertPercent, Money hardLimit, MicroAmount spent, MicroAmount reserved) {
        this(amount, softAlertPercent, hardLimit, spent, reserved, false);
    }

    /** A month that has not started spending. */
    public static BudgetState unused(Money amount, int softAlertPercent, Money hardLimit) {
        Require.present(amount, "amount");
        MicroAmount zero = MicroAmount.zero(amount.currency());
        return new BudgetState(amount, softAlertPercent, hardLimit, zero, zero, false);
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
        return maximum.micros() <= headroom().micros();
    }

    /** The state with the call's maximum reserved; empty (a refusal, not an error) when it would pass the hard limit. */
    public Optional<BudgetState> reserve(MicroAmount maximum) {
        if (!canReserve(maximum)) {
            return Optional.empty();
        }
        return Optional.of(new BudgetState(amount, softAlertPercent, hardLimit, spent, reserved.plus(maximum),
                softAlerted));
    }

    /**
     * A call ended: its reservation is released and {@code charge} spent. The reservation must be one still
     * held, and the charge at most the reservation.
     */
    public BudgetState settle(MicroAmount reservation, MicroAmount charge) {
        requireHeld(reservation);
        requireCost(charge, "charge");
        if (charge.compareTo(reservation) > 0) {
            throw new InvalidValueException("charge", charge + " is more than its reservation (" + reservation + ")");
        }
        return new BudgetState(amount, softAlertPercent, hardLimit, spent.plus(charge), reserved.minus(reservation),
                softAlerted);
    }

    /** A call ended before it cost anything: its reservation is released. */
    public BudgetState release(MicroAmount reservation) {
        return settle(reservation, MicroAmount.zero(currency()));
    }

    /**
     * The soft alert, recorded once a month: present (the state with the alert recorded) when spending has
     * reached the threshold, is above zero and was not alerted yet; empty otherwise.
     */
    public Optional<BudgetState> markSoftAlert() {
        if (softAlerted || spent.micros() == 0 || !softThresholdReached()) {
            return Optional.empty();
        }
        return Optional.of(new BudgetState(amount, softAlertPercent, hardLimit, spent, reserved, true));
    }

    /** What a call may still reserve: hard limit − spent − reserved (never negative, by the invariant). */
    public MicroAmount headroom() {
        return new MicroAmount(hardLimitMicros().micros() - used().micros(), currency());
    }

    /** What is left of the monthly amount: amount − spent − reserved, never below zero (spending may pass it up to the hard limit). */
    public MicroAmount remaining() {
        long left = MicroAmount.fromMoney(amount).micros() - used().micros();
        return new MicroAmount(Math.max(0, left), currency());
    }

    /** Spent has reached the soft alert: spent &ge; amount &times; softAlertPercent / 100, exactly. */
    public boolean softThresholdReached() {
        return atOrAboveThreshold(spent);
    }

    /** The soft threshold itself, in exact micro-units rounded up: the least spending that reaches it. */
    public MicroAmount softAlertThreshold() {
        BigInteger[] division = BigInteger.valueOf(MicroAmount.fromMoney(amount).micros())
                .multiply(BigInteger.valueOf(softAlertPercent)).divideAndRemainder(BigInteger.valueOf(100));
        long threshold = division[0].longValueExact() + (division[1].signum() > 0 ? 1 : 0);
        return new MicroAmount(threshold, currency());
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

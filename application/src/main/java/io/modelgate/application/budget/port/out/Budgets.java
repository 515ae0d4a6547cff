package io.modelgate.application.budget.port.out;

import io.modelgate.domain.department.DepartmentId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: monthly budgets and their atomic counters. Every counter change is one atomic statement
 * in the database, so the invariant spent + reserved ≤ hard limit holds with any number of
 * concurrent calls on any number of application instances.
 */
public interface Budgets {

    Optional<Budget> find(DepartmentId department, YearMonth month);

    List<Budget> ofDepartment(DepartmentId department);

    /**
     * Creates the month's budget (version 0) or changes its amount, threshold and hard limit (optimistic:
     * {@code budget.version()} must be the stored one). Spent and reserved are never taken from the argument.
     * Counter changes do not move the version. A hard limit below spent + reserved is refused
     * ({@code InvalidValueException} on {@code hardLimit}); so is another currency once anything is spent
     * or reserved. A recorded soft alert is forgotten when the new threshold lies above what is spent.
     */
    Budget save(Budget budget);

    /**
     * Adds {@code micros} to reserved if spent + reserved + micros stays within the hard limit; false
     * otherwise, and false when the month has no budget.
     */
    boolean reserve(DepartmentId department, YearMonth month, long micros);

    /**
     * Turns a reservation into spending: reserved −= reservedMicros, spent += spentMicros. A call that cost
     * more than it reserved is charged in full while that stays within the hard limit, and up to the hard
     * limit beyond it (the ledger keeps the exact cost). Settling more than is reserved changes nothing and
     * throws {@code StateConflictException} ({@code BUDGET.NOT_RESERVED}).
     */
    void settle(DepartmentId department, YearMonth month, long reservedMicros, long spentMicros);

    /** Gives a reservation back unused; more than is reserved changes nothing and throws like {@link #settle}. */
    void release(DepartmentId department, YearMonth month, long reservedMicros);

    /**
     * Records that spending crossed the soft threshold, once per month: true for the one call that
     * crossed it, false before and after.
     */
    boolean markSoftAlert(DepartmentId department, YearMonth month, Instant at);
}

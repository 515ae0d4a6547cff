package io.modelgate.application.budget.service;

import io.modelgate.application.budget.port.in.FindBudgets;
import io.modelgate.application.budget.port.in.SetBudget;
import io.modelgate.application.budget.port.in.SpendView;
import io.modelgate.application.budget.port.in.ViewSpend;
import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.shared.InvalidValueException;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Departments' monthly budgets: an admin sets them, the governance staff and the department read them,
 * and the spend view puts the counters the gateway enforces next to the ledger's detail. Each command
 * runs in one transaction; every change is audited as {@code BUDGET.SET}.
 */
public final class BudgetService implements SetBudget, FindBudgets, ViewSpend {

    static final String ENTITY = "budget";

    private final Budgets budgets;
    private final UsageLedger ledger;
    private final Transactions transactions;
    private final Audit audit;
    private final ZoneId budgetZone;
    private final Currency budgetCurrency;

    /**
     * @param budgetZone     whose calendar decides which month "now" is in
     * @param budgetCurrency the one currency budgets are kept in (the gateway charges calls in it)
     */
    public BudgetService(Budgets budgets, UsageLedger ledger, Transactions transactions, Audit audit,
                         ZoneId budgetZone, Currency budgetCurrency) {
        this.budgets = budgets;
        this.ledger = ledger;
        this.transactions = transactions;
        this.audit = audit;
        this.budgetZone = budgetZone;
        this.budgetCurrency = budgetCurrency;
    }

    @Override
    public Budget set(SetBudget.Command command) {
        BudgetAccess.requireAdmin(command.actor());
        if (!command.amount().currency().equals(budgetCurrency)) {
            throw new InvalidValueException("amount.currency", "must be " + budgetCurrency.getCurrencyCode()
                    + ", the currency budgets are kept in");
        }
        String id = id(command.department(), command.month());
        return transactions.inTransaction(() -> {
            Optional<Budget> current = budgets.find(command.department(), command.month());
            if (command.expectedVersion().isPresent()) {
                long expected = command.expectedVersion().getAsLong();
                Budget stored = current.orElseThrow(() -> new NotFoundException(ENTITY, id));
                if (stored.version() != expected) {
                    throw StaleVersionException.expected(ENTITY, id, expected, stored.version());
                }
            }
            // The record checks the values: percentage 1–100, hard limit in the amount's currency and not below it.
            Budget asked = new Budget(command.department(), command.month(), command.amount(),
                    command.softAlertPercent(), command.hardLimit(), 0, 0, Optional.empty(),
                    current.map(Budget::version).orElse(0L));
            Budget saved = budgets.save(asked);
            audit.record(command.actor(), "BUDGET.SET", ENTITY, id, "SUCCESS", current.map(before ->
                    "version " + before.version() + " → " + saved.version() + "; " + changes(before, saved))
                    .orElseGet(() -> "created: " + settings(saved)));
            return saved;
        });
    }

    @Override
    public Budget get(Actor actor, DepartmentId department, YearMonth month) {
        String id = id(department, month);
        BudgetAccess.requireReadable(actor, department, ENTITY, id);
        return transactions.inTransaction(() -> budgets.find(department, month)
                .orElseThrow(() -> new NotFoundException(ENTITY, id)));
    }

    @Override
    public List<Budget> ofDepartment(Actor actor, DepartmentId department) {
        BudgetAccess.requireReadable(actor, department, "department", department);
        return transactions.inTransaction(() -> budgets.ofDepartment(department));
    }

    @Override
    public SpendView view(Actor actor, DepartmentId department, Optional<YearMonth> month) {
        BudgetAccess.requireReadable(actor, department, "department", department);
        YearMonth which = month.orElseGet(() -> YearMonth.from(audit.clock().instant().atZone(budgetZone)));
        return transactions.inTransaction(() -> new SpendView(department, which, budgetZone,
                budgets.find(department, which), ledger.spend(Optional.of(department), Optional.of(which), budgetZone)));
    }

    static String id(DepartmentId department, YearMonth month) {
        return department.value() + "/" + month;
    }

    private static String settings(Budget b) {
        return "amount " + b.amount() + ", soft alert at " + b.softAlertPercent() + " %, hard limit " + b.hardLimit();
    }

    private static String changes(Budget before, Budget after) {
        List<String> changed = new ArrayList<>();
        if (!before.amount().equals(after.amount())) {
            changed.add("amount " + before.amount() + " → " + after.amount());
        }
        if (before.softAlertPercent() != after.softAlertPercent()) {
            changed.add("soft alert " + before.softAlertPercent() + " % → " + after.softAlertPercent() + " %");
        }
        if (!before.hardLimit().equals(after.hardLimit())) {
            changed.add("hard limit " + before.hardLimit() + " → " + after.hardLimit());
        }
        return changed.isEmpty() ? "unchanged: " + settings(after) : String.join(", ", changed);
    }
}

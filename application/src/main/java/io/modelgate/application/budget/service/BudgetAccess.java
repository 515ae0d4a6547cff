package io.modelgate.application.budget.service;

import io.modelgate.application.shared.AccessRefusedException;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.Roles;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.department.DepartmentId;

/**
 * Who may see and change budgets and spending — the one place for these rules. Admins keep budgets;
 * finance reviewers (who weigh requests against budgets) and auditors read every department's budget,
 * spending and the usage ledger; a requester reads their own department's budget and spending, and
 * another department's is answered as if it did not exist.
 */
final class BudgetAccess {

    private BudgetAccess() {
    }

    static boolean readsEveryDepartment(Actor actor) {
        return actor.hasRole(Roles.ADMIN) || actor.hasRole(Roles.AUDITOR) || ReviewKind.FINANCE.heldBy(actor.roles());
    }

    static boolean mayRead(Actor actor, DepartmentId department) {
        return readsEveryDepartment(actor) || actor.hasRole(Roles.REQUESTER)
                && actor.department().filter(department.value()::equals).isPresent();
    }

    /** @throws NotFoundException naming {@code entity} and {@code id} when the caller may not read the department */
    static void requireReadable(Actor actor, DepartmentId department, String entity, Object id) {
        if (!mayRead(actor, department)) {
            throw new NotFoundException(entity, id);
        }
    }

    static void requireAdmin(Actor actor) {
        if (!actor.hasRole(Roles.ADMIN)) {
            throw new AccessRefusedException("ACCESS.NO_ROLE", "only admins set budgets");
        }
    }

    static void requireLedgerReader(Actor actor) {
        if (!readsEveryDepartment(actor)) {
            throw new AccessRefusedException("ACCESS.NO_ROLE",
                    "only admins, finance reviewers and auditors read the usage ledger and spend reports");
        }
    }
}

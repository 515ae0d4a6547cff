package io.modelgate.application.gateway.service;

import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.routing.DepartmentRoutes;
import io.modelgate.domain.routing.RouteOption;
import io.modelgate.domain.routing.Router;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Currency;

/**
 * A department's routes from its snapshot ({@link RoutingSnapshots} says how fresh): its approvals — revoked
 * ones too, for the refusal reason — with their models and deployments, and the current policy, loaded in
 * one transaction so that they belong together.
 */
public final class RouteSource {

    private final Approvals approvals;
    private final Models models;
    private final ClassificationPolicies policies;
    private final Transactions transactions;
    private final RoutingSnapshots<DepartmentRoutes> snapshots;
    private final Router router;

    public RouteSource(Approvals approvals, Models models, ClassificationPolicies policies, Transactions transactions,
                       RoutingSnapshots<DepartmentRoutes> snapshots, Currency budgetCurrency, ExchangeRates rates) {
        this.approvals = approvals;
        this.models = models;
        this.policies = policies;
        this.transactions = transactions;
        this.snapshots = snapshots;
        this.router = new Router(budgetCurrency, rates);
    }

    public DepartmentRoutes of(DepartmentId department) {
        return snapshots.current(department, () -> transactions.inTransaction(() -> load(department)));
    }

    private DepartmentRoutes load(DepartmentId department) {
        List<RouteOption> options = new ArrayList<>();
        Set<ModelId> revoked = new HashSet<>();
        for (Approval approval : approvals.forDepartment(department)) {
            if (approval.status() == ApprovalStatus.REVOKED) {
                revoked.add(approval.model());
                continue;
            }
            Optional<Model> model = models.find(approval.model());
            if (model.isPresent()) {
                model.get().spec().deployment(approval.deployment())
                        .ifPresent(d -> options.add(new RouteOption(approval, model.get(), d)));
            }
        }
        return new DepartmentRoutes(router.tableFor(options, policies.current().policy()), revoked);
    }
}

package io.modelgate.application.approval.service;

import io.modelgate.application.approval.port.in.AssessUsageRequest;
import io.modelgate.application.approval.port.in.Decided;
import io.modelgate.application.approval.port.in.DraftUsageRequest;
import io.modelgate.application.approval.port.in.EditUsageRequest;
import io.modelgate.application.approval.port.in.FindUsageRequests;
import io.modelgate.application.approval.port.in.RequestCommand;
import io.modelgate.application.approval.port.in.ReviewUsageRequest;
import io.modelgate.application.approval.port.in.SubmitUsageRequest;
import io.modelgate.application.approval.port.in.WithdrawUsageRequest;
import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.approval.port.out.RemainingBudgets;
import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.cost.port.out.ExchangeRateSource;
import io.modelgate.application.licensing.service.LicenseChain;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.shared.UnknownReferenceException;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.EvaluationInput;
import io.modelgate.domain.approval.RequestEvaluation;
import io.modelgate.domain.approval.RequestEvaluator;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.cost.CostEstimate;
import io.modelgate.domain.cost.CostEstimator;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/** The usage-request workflow: draft, edit, submit (automatic evaluation), review, withdraw. */
public final class UsageRequestService implements DraftUsageRequest, EditUsageRequest, SubmitUsageRequest,
        WithdrawUsageRequest, ReviewUsageRequest, FindUsageRequests, AssessUsageRequest {

    static final String ENTITY = "usage-request";

    private final UsageRequests requests;
    private final Approvals approvals;
    private final Models models;
    private final LicenseChain licenseChain;
    private final ClassificationPolicies policies;
    private final ExchangeRateSource rates;
    private final RemainingBudgets budgets;
    private final ApprovalRules rules;
    private final Transactions transactions;
    private final Audit audit;
    private final Supplier<UUID> ids;
    private final CostEstimator estimator = new CostEstimator();

    public UsageRequestService(UsageRequests requests, Approvals approvals, Models models, LicenseChain licenseChain,
                               ClassificationPolicies policies, ExchangeRateSource rates, RemainingBudgets budgets,
                               ApprovalRules rules, Transactions transactions, Audit audit, Supplier<UUID> ids) {
        this.requests = requests;
        this.approvals = approvals;
        this.models = models;
        this.licenseChain = licenseChain;
        this.policies = policies;
        this.rates = rates;
        this.budgets = budgets;
        this.rules = rules;
        this.transactions = transactions;
        this.audit = audit;
        this.ids = ids;
    }

    @Override
    public UsageRequest draft(DraftUsageRequest.Command command) {
        return transactions.inTransaction(() -> {
            deploymentOf(modelOf(command.model()), command.deployment());
            UsageRequest draft = requests.add(UsageRequest.draft(new UsageRequestId(ids.get()),
                    command.actor().subject(), RequestAccess.requiredDepartment(command.actor()), command.model(),
                    command.deployment(), command.useCase(), now()));
            audit.record(command.actor(), "REQUEST.DRAFTED", ENTITY, draft.id().value(), "DRAFT",
                    draft.model() + " " + draft.deployment() + " for " + draft.useCase().taskCategory()
                            + ", data up to " + draft.useCase().highestClassification());
            return draft;
        });
    }

    @Override
    public UsageRequest edit(EditUsageRequest.Command command) {
        return transactions.inTransaction(() -> {
            UsageRequest current = load(command.actor(), command.id(), command.expectedVersion());
            deploymentOf(modelOf(command.model()), command.deployment());
            UsageRequest edited = requests.update(current.edit(command.actor().subject(), command.model(),
                    command.deployment(), command.useCase(), now()));
            audit.record(command.actor(), "REQUEST.EDITED", ENTITY, edited.id().value(), "DRAFT",
                    edited.model() + " " + edited.deployment() + " for " + edited.useCase().taskCategory());
            return edited;
        });
    }

    @Override
    public Decided submit(RequestCommand command) {
        return transactions.inTransaction(() -> {
            UsageRequest current = load(command.actor(), command.id(), command.expectedVersion());
            UsageRequest submitted = requests.update(current.submit(command.actor().subject(), evaluate(current), now()));
            audit.record(command.actor(), "REQUEST.SUBMITTED", ENTITY, submitted.id().value(),
                    submitted.state().name(), outcomeSummary(submitted));
            return new Decided(submitted, grantIfApproved(command.actor(), submitted));
        });
    }

    @Override
    public Decided review(ReviewUsageRequest.Command command) {
        return transactions.inTransaction(() -> {
            UsageRequest current = load(command.actor(), command.id(), command.expectedVersion());
            UsageRequest reviewed = requests.update(current.review(command.kind(), command.outcome(),
                    command.comment().orElse(null), command.actor().subject(), command.actor().roles(), now()));
            audit.record(command.actor(), "REQUEST.REVIEWED", ENTITY, reviewed.id().value(),
                    command.outcome().name(), command.kind() + " " + command.outcome() + "; request now "
                            + reviewed.state() + command.comment().map(c -> ": " + c).orElse(""));
            return new Decided(reviewed, grantIfApproved(command.actor(), reviewed));
        });
    }

    @Override
    public UsageRequest withdraw(RequestCommand command) {
        return transactions.inTransaction(() -> {
            UsageRequest current = load(command.actor(), command.id(), command.expectedVersion());
            UsageRequest withdrawn = requests.update(current.withdraw(command.actor().subject(), now()));
            audit.record(command.actor(), "REQUEST.WITHDRAWN", ENTITY, withdrawn.id().value(), "WITHDRAWN",
                    "withdrawn from " + current.state());
            return withdrawn;
        });
    }

    @Override
    public Page<UsageRequest> search(Actor actor, UsageRequestQuery query, PageRequest page) {
        UsageRequestQuery scoped = RequestAccess.scope(actor, query);
        return transactions.inTransaction(() -> requests.search(scoped, page));
    }

    @Override
    public Decided get(Actor actor, UsageRequestId id) {
        return transactions.inTransaction(() -> {
            UsageRequest request = requests.find(id).filter(r -> RequestAccess.canSee(actor, r))
                    .orElseThrow(() -> new NotFoundException("usage request", id.value()));
            return new Decided(request, approvals.findByRequest(id));
        });
    }

    @Override
    public Assessment assess(Actor actor, UsageRequestId id) {
        return transactions.inTransaction(() -> {
            UsageRequest request = requests.find(id).filter(r -> RequestAccess.canSee(actor, r))
                    .orElseThrow(() -> new NotFoundException("usage request", id.value()));
            return assessment(request);
        });
    }

    /**
     * Loads a request for a command, holding it until commit; one the actor may not see is reported
     * exactly like a missing one.
     */
    private UsageRequest load(Actor actor, UsageRequestId id, OptionalLong expectedVersion) {
        UsageRequest request = requests.findForUpdate(id).filter(r -> RequestAccess.canSee(actor, r))
                .orElseThrow(() -> new NotFoundException("usage request", id.value()));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != request.version()) {
            throw StaleVersionException.expected("usage request", id.value(), expectedVersion.getAsLong(),
                    request.version());
        }
        return request;
    }

    private RequestEvaluation evaluate(UsageRequest request) {
        return assessment(request).evaluation();
    }

    /** The one evaluation of a request, shared by submission and the read-only assessment. */
    private Assessment assessment(UsageRequest request) {
        Model model = modelOf(request.model());
        Deployment deployment = deploymentOf(model, request.deployment());
        var classification = policies.current().policy().decide(deployment, request.useCase().highestClassification());
        var license = licenseChain.evaluate(model, request.useCase());
        CostEstimate estimate = estimator.estimate(model.id(), deployment, request.useCase().volume(),
                rates.defaultCurrency(), rates.rates());
        YearMonth month = YearMonth.from(now().atZone(rules.budgetZone()));
        Optional<Money> remaining = budgets.remaining(request.department(), month);
        RequestEvaluation evaluation = RequestEvaluator.evaluate(EvaluationInput.forRequest(request, model.lifecycle(),
                classification, license, estimate, remaining, rules.financeThreshold()));
        return new Assessment(evaluation, estimate, remaining);
    }

    private Optional<Approval> grantIfApproved(Actor actor, UsageRequest request) {
        if (request.state() != RequestState.APPROVED) {
            return Optional.empty();
        }
        Approval approval = approvals.add(Approval.grant(new ApprovalId(ids.get()), request, now(), rules.validity(),
                Optional.empty()));
        audit.record(actor, "APPROVAL.GRANTED", ApprovalService.ENTITY, approval.id().value(), "ACTIVE",
                "for request " + request.id().value() + (request.autoApproved() ? " (approved automatically: no "
                        + "review required)" : "") + "; " + approval.model() + " " + approval.deployment()
                        + ", data up to " + approval.highestClassification() + ", valid until "
                        + approval.validUntil());
        return Optional.of(approval);
    }

    private static String outcomeSummary(UsageRequest request) {
        return switch (request.state()) {
            case REJECTED -> "rejected at once: " + request.findings().stream().filter(f -> f.isBlocker())
                    .map(f -> f.sentence()).reduce((a, b) -> a + " / " + b).orElse("");
            case APPROVED -> "approved automatically: no review required";
            default -> "in review; required: " + request.requiredReviews();
        };
    }

    private Model modelOf(ModelId id) {
        return models.find(id).orElseThrow(() -> new UnknownReferenceException("modelId", "model", id));
    }

    private static Deployment deploymentOf(Model model, DeploymentKind kind) {
        return model.spec().deployment(kind).orElseThrow(() -> new InvalidValueException("deployment",
                "model " + model.id() + " has no " + kind + " deployment"));
    }

    private Instant now() {
        return audit.clock().instant();
    }
}

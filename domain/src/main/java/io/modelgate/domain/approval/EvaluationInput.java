package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.ClassificationDecision;
import io.modelgate.domain.cost.CostEstimate;
import io.modelgate.domain.license.evaluation.LicenseEvaluation;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.UseCase;

import java.util.Optional;

/**
 * Everything the automatic evaluation of a usage request reads, gathered by the application from
 * the catalog, the classification policy, the license evaluator, the cost estimator and the budget.
 * The parts must be about the same request: the classification decision for this deployment and the
 * use case's highest classification, the estimate for this model, deployment and volume.
 *
 * @param remainingBudget  what the department has left this month; empty when it has no budget set
 * @param financeThreshold an estimate above this needs a finance review whatever the budget
 */
public record EvaluationInput(ModelId model, Lifecycle lifecycle, DeploymentKind deployment, UseCase useCase,
                              ClassificationDecision classification, LicenseEvaluation license,
                              CostEstimate estimate, Optional<Money> remainingBudget, Money financeThreshold) {

    public EvaluationInput {
        Require.present(model, "model");
        Require.present(lifecycle, "lifecycle");
        Require.present(deployment, "deployment");
        Require.present(useCase, "useCase");
        Require.present(classification, "classification");
        Require.present(license, "license");
        Require.present(estimate, "estimate");
        Require.present(remainingBudget, "remainingBudget");
        Require.present(financeThreshold, "financeThreshold");
        Require.that(!financeThreshold.isNegative(), "financeThreshold", "must not be negative (was " + financeThreshold + ")");
        Require.that(classification.level() == useCase.highestClassification()
                        && classification.deploymentKind() == deployment, "classification",
                "must be the decision for " + useCase.highestClassification() + " data on " + deployment
                        + " (was " + classification.level() + " on " + classification.deploymentKind() + ")");
        Require.that(estimate.model().equals(model) && estimate.deployment() == deployment, "estimate",
                "must be the estimate for " + model + " on " + deployment
                        + " (was " + estimate.model() + " on " + estimate.deployment() + ")");
        Require.that(estimate.volume().equals(useCase.volume()), "estimate",
                "must be the estimate for the use case's monthly volume");
    }

    /** The input for a request's current model, deployment and use case, so that none can be mixed up. */
    public static EvaluationInput forRequest(UsageRequest request, Lifecycle lifecycle,
                                             ClassificationDecision classification, LicenseEvaluation license,
                                             CostEstimate estimate, Optional<Money> remainingBudget,
                                             Money financeThreshold) {
        Require.present(request, "request");
        return new EvaluationInput(request.model(), lifecycle, request.deployment(), request.useCase(),
                classification, license, estimate, remainingBudget, financeThreshold);
    }
}

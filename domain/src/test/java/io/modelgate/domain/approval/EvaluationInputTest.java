package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.classification.ClassificationDecision;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.cost.CostEstimate;
import io.modelgate.domain.license.evaluation.LicenseEvaluation;
import io.modelgate.domain.license.evaluation.Verdict;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.usecase.MonthlyVolume;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.modelgate.domain.approval.Fixtures.GPT;
import static io.modelgate.domain.approval.Fixtures.SWALLOW;
import static io.modelgate.domain.approval.Fixtures.VOLUME;
import static io.modelgate.domain.approval.Fixtures.estimate;
import static io.modelgate.domain.approval.Fixtures.input;
import static io.modelgate.domain.approval.Fixtures.jpy;
import static io.modelgate.domain.approval.Fixtures.license;
import static io.modelgate.domain.approval.Fixtures.useCase;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluationInputTest {

    private final ClassificationDecision internalOnPremises = input().decision();
    private final CostEstimate onPremises = estimate(SWALLOW, DeploymentKind.ON_PREMISES, VOLUME, jpy(1_000));
    private final LicenseEvaluation permitted = license(Verdict.PERMITTED);

    private EvaluationInput with(ClassificationDecision decision, CostEstimate estimate, Money threshold) {
        return new EvaluationInput(SWALLOW, Lifecycle.ACTIVE, DeploymentKind.ON_PREMISES, useCase(), decision, permitted,
                estimate, Optional.empty(), threshold);
    }

    @Test
    void acceptsAgreeingParts() {
        EvaluationInput input = with(internalOnPremises, onPremises, jpy(0));

        assertThat(input.remainingBudget()).isEmpty();
        assertThat(input.financeThreshold()).isEqualTo(jpy(0));
    }

    @Test
    void theClassificationDecisionMustBeForTheUseCasesLevelAndTheDeployment() {
        ClassificationDecision otherLevel = new ClassificationDecision(DataClassification.PUBLIC,
                DeploymentKind.ON_PREMISES, true, "fine");
        ClassificationDecision otherDeployment = new ClassificationDecision(DataClassification.INTERNAL,
                DeploymentKind.VENDOR_API, true, "fine");

        assertThat(assertInvalid(() -> with(otherLevel, onPremises, jpy(0)), "classification").reason())
                .contains("INTERNAL data on ON_PREMISES", "was PUBLIC on ON_PREMISES");
        assertInvalid(() -> with(otherDeployment, onPremises, jpy(0)), "classification");
    }

    @Test
    void theEstimateMustBeForTheModelDeploymentAndVolume() {
        assertInvalid(() -> with(internalOnPremises, estimate(GPT, DeploymentKind.ON_PREMISES, VOLUME, jpy(1)), jpy(0)),
                "estimate");
        assertInvalid(() -> with(internalOnPremises, estimate(SWALLOW, DeploymentKind.PRIVATE_CLOUD, VOLUME, jpy(1)),
                jpy(0)), "estimate");
        assertInvalid(() -> with(internalOnPremises, estimate(SWALLOW, DeploymentKind.ON_PREMISES,
                new MonthlyVolume(1, 1, 1), jpy(1)), jpy(0)), "estimate");
    }

    @Test
    void theThresholdMustNotBeNegative() {
        assertInvalid(() -> with(internalOnPremises, onPremises, jpy(-1)), "financeThreshold");
    }

    @Test
    void refusesMissingParts() {
        assertInvalid(() -> new EvaluationInput(null, Lifecycle.ACTIVE, DeploymentKind.ON_PREMISES, useCase(),
                internalOnPremises, permitted, onPremises, Optional.empty(), jpy(0)), "model");
        assertInvalid(() -> new EvaluationInput(SWALLOW, null, DeploymentKind.ON_PREMISES, useCase(),
                internalOnPremises, permitted, onPremises, Optional.empty(), jpy(0)), "lifecycle");
        assertInvalid(() -> new EvaluationInput(SWALLOW, Lifecycle.ACTIVE, null, useCase(),
                internalOnPremises, permitted, onPremises, Optional.empty(), jpy(0)), "deployment");
        assertInvalid(() -> new EvaluationInput(SWALLOW, Lifecycle.ACTIVE, DeploymentKind.ON_PREMISES, null,
                internalOnPremises, permitted, onPremises, Optional.empty(), jpy(0)), "useCase");
        assertInvalid(() -> new EvaluationInput(SWALLOW, Lifecycle.ACTIVE, DeploymentKind.ON_PREMISES, useCase(),
                null, permitted, onPremises, Optional.empty(), jpy(0)), "classification");
        assertInvalid(() -> new EvaluationInput(SWALLOW, Lifecycle.ACTIVE, DeploymentKind.ON_PREMISES, useCase(),
                internalOnPremises, null, onPremises, Optional.empty(), jpy(0)), "license");
        assertInvalid(() -> new EvaluationInput(SWALLOW, Lifecycle.ACTIVE, DeploymentKind.ON_PREMISES, useCase(),
                internalOnPremises, permitted, null, Optional.empty(), jpy(0)), "estimate");
        assertInvalid(() -> new EvaluationInput(SWALLOW, Lifecycle.ACTIVE, DeploymentKind.ON_PREMISES, useCase(),
                internalOnPremises, permitted, onPremises, null, jpy(0)), "remainingBudget");
        assertInvalid(() -> new EvaluationInput(SWALLOW, Lifecycle.ACTIVE, DeploymentKind.ON_PREMISES, useCase(),
                internalOnPremises, permitted, onPremises, Optional.empty(), null), "financeThreshold");
    }

    @Test
    void forRequestTakesModelDeploymentAndUseCaseFromTheRequest() {
        UsageRequest request = Fixtures.drafted();

        EvaluationInput input = EvaluationInput.forRequest(request, Lifecycle.DEPRECATED, internalOnPremises, permitted,
                onPremises, Optional.of(jpy(5)), jpy(10));

        assertThat(input.model()).isEqualTo(request.model());
        assertThat(input.deployment()).isEqualTo(request.deployment());
        assertThat(input.useCase()).isEqualTo(request.useCase());
        assertThat(input.lifecycle()).isEqualTo(Lifecycle.DEPRECATED);
        assertInvalid(() -> EvaluationInput.forRequest(null, Lifecycle.ACTIVE, internalOnPremises, permitted,
                onPremises, Optional.empty(), jpy(0)), "request");
    }
}

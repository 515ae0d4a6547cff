package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.ClassificationDecision;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.cost.CostBreakdown;
import io.modelgate.domain.cost.CostEstimate;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.evaluation.LicenseEvaluation;
import io.modelgate.domain.license.evaluation.Obligation;
import io.modelgate.domain.license.evaluation.ObligationType;
import io.modelgate.domain.license.evaluation.Verdict;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.MonthlyVolume;
import io.modelgate.domain.usecase.TaskCategory;
import io.modelgate.domain.usecase.UseCase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Requests, evaluations and people for the approval tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2024-04-01T09:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);
    static final Instant T2 = T0.plusSeconds(120);
    static final Instant T3 = T0.plusSeconds(180);
    static final Instant T4 = T0.plusSeconds(240);

    static final UsageRequestId REQUEST_ID = new UsageRequestId(UUID.fromString("0b6f5a0e-8a8e-4d6c-9a52-3f1c2b7d9e01"));
    static final ApprovalId APPROVAL_ID = new ApprovalId(UUID.fromString("6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
    static final DepartmentId SALES = new DepartmentId("sales");
    static final ModelId SWALLOW = new ModelId("llama-3-swallow-70b");
    static final ModelId GPT = new ModelId("gpt-4o");

    static final String ALICE = "alice";              // the requester
    static final String BOB = "bob";                  // a colleague, no reviewer role
    static final String SAM = "sam";                  // security reviewer
    static final String LEA = "lea";                  // legal reviewer
    static final String FIN = "fin";                  // finance reviewer

    static final MonthlyVolume VOLUME = new MonthlyVolume(100_000, 500, 200);
    static final Obligation AUP = new Obligation(ObligationType.FOLLOW_ACCEPTABLE_USE_POLICY,
            "Follow the Meta Llama 3 Acceptable Use Policy.", new LicenseId("llama-3-community"), "Section 1.b.iv");
    static final Obligation NO_TRAINING = new Obligation(ObligationType.NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS,
            "Do not use outputs to improve other large language models.", new LicenseId("llama-3-community"),
            "Section 1.b.v");

    private Fixtures() {
    }

    static Money jpy(long yen) {
        return Money.ofMinor(yen, "JPY");
    }

    static Money usd(long cents) {
        return Money.ofMinor(cents, "USD");
    }

    /** The role a reviewer of this kind holds. */
    static String reviewerOf(ReviewKind kind) {
        return switch (kind) {
            case SECURITY -> SAM;
            case LEGAL -> LEA;
            case FINANCE -> FIN;
        };
    }

    static Set<String> rolesOf(ReviewKind kind) {
        return Set.of(kind.role(), "requester");
    }

    static UseCase useCase(DataClassification level, Audience audience, boolean commercial) {
        TaskCategory task = audience == Audience.EXTERNAL_CUSTOMERS ? TaskCategory.CUSTOMER_CHAT : TaskCategory.KNOWLEDGE_SEARCH;
        return new UseCase("Answer questions from the product manuals", task, audience, commercial, false, false,
                1_000, level, VOLUME);
    }

    static UseCase useCase() {
        return useCase(DataClassification.INTERNAL, Audience.INTERNAL, false);
    }

    static CostEstimate estimate(ModelId model, DeploymentKind deployment, MonthlyVolume volume, Money cost) {
        CostBreakdown breakdown = deployment == DeploymentKind.VENDOR_API
                ? new CostBreakdown.Api(volume.inputTokensPerMonth(), volume.outputTokensPerMonth(), cost,
                Money.zero(cost.currency()))
                : new CostBreakdown.SelfHosted(volume.totalTokensPerMonth(), 1_000_000_000L, 1, cost,
                Money.zero(cost.currency()));
        return new CostEstimate(model, deployment, volume, cost, breakdown, Optional.empty(), LocalDate.of(2024, 3, 1));
    }

    static LicenseEvaluation license(Verdict verdict) {
        return switch (verdict) {
            case PERMITTED -> new LicenseEvaluation(Verdict.PERMITTED, List.of(),
                    List.of("apache-2.0: the Apache License 2.0 attaches no obligation to this use."));
            case PERMITTED_WITH_OBLIGATIONS -> new LicenseEvaluation(Verdict.PERMITTED_WITH_OBLIGATIONS,
                    List.of(AUP, NO_TRAINING), List.of("llama-3-community: permitted with obligations."));
            case PROHIBITED -> new LicenseEvaluation(Verdict.PROHIBITED, List.of(AUP),
                    List.of("cc-by-nc-4.0: non-commercial use only.", "cc-by-nc-4.0: no commercial service."));
        };
    }

    /** A mutable builder of evaluation inputs whose parts always agree; defaults need no review. */
    static final class Input {
        ModelId model = SWALLOW;
        Lifecycle lifecycle = Lifecycle.ACTIVE;
        DeploymentKind deployment = DeploymentKind.ON_PREMISES;
        DataClassification level = DataClassification.INTERNAL;
        Audience audience = Audience.INTERNAL;
        boolean commercial;
        boolean classificationAllowed = true;
        Verdict verdict = Verdict.PERMITTED;
        Money cost = jpy(100_000);
        Optional<ExchangeRate> rate = Optional.empty();
        Optional<Money> remainingBudget = Optional.of(jpy(1_000_000));
        Money threshold = jpy(500_000);

        Input lifecycle(Lifecycle value) {
            lifecycle = value;
            return this;
        }

        Input deployment(DeploymentKind value) {
            deployment = value;
            return this;
        }

        Input level(DataClassification value) {
            level = value;
            return this;
        }

        Input audience(Audience value) {
            audience = value;
            return this;
        }

        Input commercial(boolean value) {
            commercial = value;
            return this;
        }

        Input classificationAllowed(boolean value) {
            classificationAllowed = value;
            return this;
        }

        Input verdict(Verdict value) {
            verdict = value;
            return this;
        }

        Input cost(Money value) {
            cost = value;
            return this;
        }

        Input rate(ExchangeRate value) {
            rate = Optional.of(value);
            return this;
        }

        Input budget(Money value) {
            remainingBudget = Optional.ofNullable(value);
            return this;
        }

        Input threshold(Money value) {
            threshold = value;
            return this;
        }

        UseCase useCase() {
            return Fixtures.useCase(level, audience, commercial);
        }

        ClassificationDecision decision() {
            return new ClassificationDecision(level, deployment, classificationAllowed, classificationAllowed
                    ? level + " data may use " + deployment + "."
                    : level + " data may not go to " + deployment + ": only ON_PREMISES is allowed for it.");
        }

        EvaluationInput build() {
            CostEstimate estimate = estimate(model, deployment, VOLUME, cost);
            if (rate.isPresent()) {
                estimate = new CostEstimate(model, deployment, VOLUME, cost, estimate.breakdown(), rate,
                        estimate.pricingAsOf());
            }
            return new EvaluationInput(model, lifecycle, deployment, useCase(), decision(), license(verdict), estimate,
                    remainingBudget, threshold);
        }

        RequestEvaluation evaluate() {
            return RequestEvaluator.evaluate(build());
        }
    }

    static Input input() {
        return new Input();
    }

    /** An evaluation without blockers requiring exactly these reviews. */
    static RequestEvaluation needing(ReviewKind... kinds) {
        List<Finding> findings = new ArrayList<>();
        for (ReviewKind kind : kinds) {
            findings.add(Finding.info(kind + "_REVIEW.TEST", kind + " review required by the test."));
        }
        Set<ReviewKind> required = EnumSet.noneOf(ReviewKind.class);
        required.addAll(Arrays.asList(kinds));
        return new RequestEvaluation(findings, required, List.of(AUP));
    }

    static RequestEvaluation blocked() {
        return new RequestEvaluation(List.of(Finding.blocker("MODEL.RETIRED", "Model is RETIRED."),
                Finding.blocker("LICENSE.PROHIBITED", "Non-commercial only."),
                Finding.warning("BUDGET.NOT_SET", "No budget.")), EnumSet.of(ReviewKind.FINANCE), List.of());
    }

    static UsageRequest drafted() {
        return UsageRequest.draft(REQUEST_ID, ALICE, SALES, SWALLOW, DeploymentKind.ON_PREMISES, useCase(), T0);
    }

    static UsageRequest inReview(ReviewKind... kinds) {
        return drafted().submit(ALICE, needing(kinds), T1);
    }

    static UsageRequest approve(UsageRequest request, ReviewKind kind, Instant at) {
        return request.review(kind, ReviewOutcome.APPROVE, null, reviewerOf(kind), rolesOf(kind), at);
    }

    static UsageRequest reject(UsageRequest request, ReviewKind kind, Instant at) {
        return request.review(kind, ReviewOutcome.REJECT, "Not on customer data.", reviewerOf(kind), rolesOf(kind), at);
    }

    /** Rebuilds a request with another state, keeping its other parts, as a store could hold it. */
    static UsageRequest withState(UsageRequest request, RequestState state, Optional<RequestEvaluation> evaluation) {
        return UsageRequest.reconstitute(request.id(), request.requester(), request.department(), request.model(),
                request.deployment(), request.useCase(), state, evaluation, request.decisions(), request.history(),
                request.createdAt(), request.updatedAt(), request.version());
    }
}

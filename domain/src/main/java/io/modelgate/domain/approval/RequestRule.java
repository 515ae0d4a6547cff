package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.cost.CostEstimate;
import io.modelgate.domain.license.evaluation.Obligation;
import io.modelgate.domain.license.evaluation.Verdict;
import io.modelgate.domain.money.Money;

import java.util.Optional;

/**
 * The rules of the automatic evaluation, one constant each: what it looks at, the findings it
 * writes and the review it requires. To learn why a request needs a review, look for the review
 * kind below; every rule that requires a review also writes a finding saying why.
 *
 * <table>
 *   <caption>Rules, finding codes and required reviews</caption>
 *   <tr><th>rule</th><th>when</th><th>finding</th><th>review</th></tr>
 *   <tr><td>{@link #MODEL_LIFECYCLE}</td><td>model RETIRED</td><td>BLOCKER {@code MODEL.RETIRED}</td><td>—</td></tr>
 *   <tr><td></td><td>model DEPRECATED</td><td>WARNING {@code MODEL.DEPRECATED}</td><td>—</td></tr>
 *   <tr><td>{@link #CLASSIFICATION_POLICY}</td><td>the policy refuses the data on this deployment</td>
 *       <td>BLOCKER {@code CLASSIFICATION.NOT_ALLOWED} (the decision's reason)</td><td>—</td></tr>
 *   <tr><td>{@link #LICENSE_VERDICT}</td><td>license PROHIBITED</td>
 *       <td>BLOCKER {@code LICENSE.PROHIBITED}, one per reason</td><td>—</td></tr>
 *   <tr><td>{@link #LICENSE_OBLIGATIONS}</td><td>each obligation</td><td>INFO {@code LICENSE.OBLIGATION}</td><td>—</td></tr>
 *   <tr><td></td><td>verdict PERMITTED_WITH_OBLIGATIONS</td><td>INFO {@code LEGAL_REVIEW.OBLIGATIONS}</td><td>LEGAL</td></tr>
 *   <tr><td>{@link #SENSITIVE_DATA}</td><td>highest classification CONFIDENTIAL or RESTRICTED</td>
 *       <td>INFO {@code SECURITY_REVIEW.CLASSIFICATION}</td><td>SECURITY</td></tr>
 *   <tr><td>{@link #DATA_LEAVES_COMPANY}</td><td>deployment VENDOR_API</td><td>INFO {@code SECURITY_REVIEW.VENDOR_API}</td><td>SECURITY</td></tr>
 *   <tr><td>{@link #EXTERNAL_AUDIENCE}</td><td>audience EXTERNAL_CUSTOMERS</td>
 *       <td>INFO {@code LEGAL_REVIEW.EXTERNAL_AUDIENCE}</td><td>LEGAL</td></tr>
 *   <tr><td>{@link #COMMERCIAL_USE}</td><td>commercial use</td><td>INFO {@code LEGAL_REVIEW.COMMERCIAL_USE}</td><td>LEGAL</td></tr>
 *   <tr><td>{@link #MONTHLY_ESTIMATE}</td><td>always</td><td>INFO {@code COST.MONTHLY_ESTIMATE}</td><td>—</td></tr>
 *   <tr><td>{@link #DEPARTMENT_BUDGET}</td><td>no budget set</td><td>WARNING {@code BUDGET.NOT_SET}</td><td>FINANCE</td></tr>
 *   <tr><td></td><td>budget in another currency than the estimate</td><td>WARNING {@code BUDGET.CURRENCY_MISMATCH}</td><td>FINANCE</td></tr>
 *   <tr><td></td><td>estimate &gt; remaining budget</td><td>WARNING {@code BUDGET.EXCEEDED}</td><td>FINANCE</td></tr>
 *   <tr><td>{@link #FINANCE_THRESHOLD}</td><td>threshold in another currency than the estimate</td>
 *       <td>WARNING {@code THRESHOLD.CURRENCY_MISMATCH}</td><td>FINANCE</td></tr>
 *   <tr><td></td><td>estimate &gt; threshold</td><td>INFO {@code FINANCE_REVIEW.OVER_THRESHOLD}</td><td>FINANCE</td></tr>
 * </table>
 *
 * <p>Amounts are compared only within one currency; an estimate equal to the remaining budget or to
 * the threshold does not exceed it. The reviews are worked out even when a blocker will reject the
 * request, so the evaluation reads the same whatever else it found.
 */
enum RequestRule {

    /** A retired model cannot be approved; a deprecated one deserves a warning. */
    MODEL_LIFECYCLE {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            if (in.lifecycle() == Lifecycle.RETIRED) {
                out.add(Finding.blocker("MODEL.RETIRED", "Model " + in.model()
                        + " is RETIRED in the catalog and can no longer be approved for use."));
            } else if (in.lifecycle() == Lifecycle.DEPRECATED) {
                out.add(Finding.warning("MODEL.DEPRECATED", "Model " + in.model()
                        + " is DEPRECATED in the catalog: it will be retired, plan a replacement."));
            }
        }
    },

    /** The classification policy decides whether the use case's data may go to the deployment. */
    CLASSIFICATION_POLICY {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            if (in.classification().denied()) {
                out.add(Finding.blocker("CLASSIFICATION.NOT_ALLOWED", in.classification().reason()));
            }
        }
    },

    /** A license that prohibits the use blocks it, with each of the evaluator's reasons. */
    LICENSE_VERDICT {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            if (in.license().verdict() == Verdict.PROHIBITED) {
                in.license().reasons().forEach(reason -> out.add(Finding.blocker("LICENSE.PROHIBITED", reason)));
            }
        }
    },

    /** Each obligation is listed; a permission that comes with obligations needs a legal review. */
    LICENSE_OBLIGATIONS {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            for (Obligation obligation : in.license().obligations()) {
                // The evaluator's sentences usually quote their clause already; never say it twice.
                String sentence = obligation.sentence().contains(obligation.clause()) ? obligation.sentence()
                        : obligation.sentence() + " (" + obligation.source() + ", " + obligation.clause() + ")";
                out.add(Finding.info("LICENSE.OBLIGATION", sentence));
            }
            if (in.license().verdict() == Verdict.PERMITTED_WITH_OBLIGATIONS) {
                out.require(ReviewKind.LEGAL, "LEGAL_REVIEW.OBLIGATIONS", "The license permits this use with "
                        + in.license().obligations().size() + " obligation(s): legal review required.");
            }
        }
    },

    /** Confidential or restricted data needs a security review wherever it goes. */
    SENSITIVE_DATA {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            DataClassification level = in.useCase().highestClassification();
            if (level.atLeast(DataClassification.CONFIDENTIAL)) {
                out.require(ReviewKind.SECURITY, "SECURITY_REVIEW.CLASSIFICATION", "The use case sends " + level
                        + " data (CONFIDENTIAL or higher): security review required.");
            }
        }
    },

    /** Data sent to a vendor's API leaves the company: a security review whatever the level. */
    DATA_LEAVES_COMPANY {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            if (in.deployment() == DeploymentKind.VENDOR_API) {
                out.require(ReviewKind.SECURITY, "SECURITY_REVIEW.VENDOR_API",
                        "Data goes to the vendor's API and leaves the company: security review required.");
            }
        }
    },

    /** Serving external customers can raise license and liability questions. */
    EXTERNAL_AUDIENCE {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            if (in.useCase().servesExternalCustomers()) {
                out.require(ReviewKind.LEGAL, "LEGAL_REVIEW.EXTERNAL_AUDIENCE",
                        "The outputs are served to external customers: legal review required.");
            }
        }
    },

    /** Commercial use is where licenses differ most. */
    COMMERCIAL_USE {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            if (in.useCase().commercial()) {
                out.require(ReviewKind.LEGAL, "LEGAL_REVIEW.COMMERCIAL_USE",
                        "The use is commercial: legal review required.");
            }
        }
    },

    /** The monthly figure the finance rules used, for the record. */
    MONTHLY_ESTIMATE {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            CostEstimate estimate = in.estimate();
            StringBuilder sentence = new StringBuilder("Estimated monthly cost on ").append(estimate.deployment())
                    .append(": ").append(estimate.monthlyCost()).append(" for ")
                    .append(estimate.volume().requestsPerMonth()).append(" requests a month");
            estimate.gpusNeeded().ifPresent(gpus -> sentence.append(" (").append(gpus).append(" GPU(s))"));
            sentence.append(", prices as of ").append(estimate.pricingAsOf());
            estimate.exchangeRate().ifPresent(rate -> sentence.append(", converted at 1 ")
                    .append(rate.from().getCurrencyCode()).append(" = ").append(rate.rate().toPlainString())
                    .append(' ').append(rate.to().getCurrencyCode()).append(" as of ").append(rate.asOf()));
            out.add(Finding.info("COST.MONTHLY_ESTIMATE", sentence.append('.').toString()));
        }
    },

    /** The estimate against what the department has left this month. */
    DEPARTMENT_BUDGET {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            Money cost = in.estimate().monthlyCost();
            Optional<Money> remaining = in.remainingBudget();
            if (remaining.isEmpty()) {
                out.warnAndRequire(ReviewKind.FINANCE, "BUDGET.NOT_SET", "The department has no monthly budget set,"
                        + " so the estimate of " + cost + " cannot be checked against one: finance review required.");
            } else if (!remaining.get().currency().equals(cost.currency())) {
                out.warnAndRequire(ReviewKind.FINANCE, "BUDGET.CURRENCY_MISMATCH", "The estimate (" + cost
                        + ") and the department's remaining budget (" + remaining.get()
                        + ") are in different currencies and cannot be compared: finance review required.");
            } else if (cost.compareTo(remaining.get()) > 0) {
                out.warnAndRequire(ReviewKind.FINANCE, "BUDGET.EXCEEDED", "The estimated monthly cost " + cost
                        + " exceeds the department's remaining monthly budget of " + remaining.get()
                        + ": finance review required.");
            }
        }
    },

    /** Large spending needs a finance review even within budget. */
    FINANCE_THRESHOLD {
        @Override
        void apply(EvaluationInput in, Outcome out) {
            Money cost = in.estimate().monthlyCost();
            Money threshold = in.financeThreshold();
            if (!threshold.currency().equals(cost.currency())) {
                out.warnAndRequire(ReviewKind.FINANCE, "THRESHOLD.CURRENCY_MISMATCH", "The estimate (" + cost
                        + ") and the finance review threshold (" + threshold
                        + ") are in different currencies and cannot be compared: finance review required.");
            } else if (cost.compareTo(threshold) > 0) {
                out.require(ReviewKind.FINANCE, "FINANCE_REVIEW.OVER_THRESHOLD", "The estimated monthly cost "
                        + cost + " exceeds the finance review threshold of " + threshold + ": finance review required.");
            }
        }
    };

    abstract void apply(EvaluationInput input, Outcome outcome);
}

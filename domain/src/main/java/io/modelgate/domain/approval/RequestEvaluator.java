package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

/**
 * The automatic evaluation of a usage request: runs every {@code RequestRule} over the input and
 * collects the findings and the required reviews. Pure: same input, same evaluation.
 */
public final class RequestEvaluator {

    private RequestEvaluator() {
    }

    public static RequestEvaluation evaluate(EvaluationInput input) {
        Require.present(input, "input");
        Outcome outcome = new Outcome();
        for (RequestRule rule : RequestRule.values()) {
            rule.apply(input, outcome);
        }
        return new RequestEvaluation(outcome.findings(), outcome.reviews(), input.license().obligations());
    }
}

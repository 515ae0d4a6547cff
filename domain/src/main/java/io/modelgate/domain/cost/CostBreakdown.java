package io.modelgate.domain.cost;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

/**
 * The lines of a monthly estimate, in the target currency. Each line is its own exact amount
 * rounded HALF_UP; the estimate's total is the exact sum rounded once, so the lines may differ
 * from the total by at most one minor unit per line.
 */
public sealed interface CostBreakdown {

    /** Pay per token: the month's input and output tokens and what each costs. */
    record Api(long inputTokens, long outputTokens, Money inputCost, Money outputCost) implements CostBreakdown {

        public Api {
            Require.nonNegative(inputTokens, "breakdown.inputTokens");
            Require.nonNegative(outputTokens, "breakdown.outputTokens");
            Require.present(inputCost, "breakdown.inputCost");
            Require.present(outputCost, "breakdown.outputCost");
            Require.that(inputCost.currency().equals(outputCost.currency()), "breakdown.outputCost",
                    "must be in the currency of the input cost");
        }
    }

    /**
     * Self-hosted: the GPUs the month's tokens need (ceil(tokens / tokensPerGpuMonth), zero for no
     * tokens), what they cost, and the fixed operations cost.
     */
    record SelfHosted(long tokens, long tokensPerGpuMonth, long gpusNeeded, Money gpuCost, Money operationsCost)
            implements CostBreakdown {

        public SelfHosted {
            Require.nonNegative(tokens, "breakdown.tokens");
            Require.positive(tokensPerGpuMonth, "breakdown.tokensPerGpuMonth");
            Require.nonNegative(gpusNeeded, "breakdown.gpusNeeded");
            Require.present(gpuCost, "breakdown.gpuCost");
            Require.present(operationsCost, "breakdown.operationsCost");
            if (!gpuCost.currency().equals(operationsCost.currency())) {
                throw new InvalidValueException("breakdown.operationsCost", "must be in the currency of the GPU cost");
            }
        }
    }
}

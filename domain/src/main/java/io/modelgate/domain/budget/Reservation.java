package io.modelgate.domain.budget;

import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.shared.Require;

import java.util.Currency;

/**
 * The most a call may cost, held against the budget before the call is forwarded and settled to the
 * actual cost afterwards. It prices the estimated prompt as input and the call's {@code max_tokens}
 * as output, so it is at least the actual cost whenever the provider reports at most that many input
 * tokens and (as providers enforce) at most {@code max_tokens} output tokens: {@link CallCost} never
 * decreases when a token count grows.
 *
 * @param promptTokens    the upper bound of input tokens the reservation priced (see {@link TokenEstimate})
 * @param maxOutputTokens the call's output limit
 * @param amount          the reserved amount, in micro-units of the budget currency
 */
public record Reservation(long promptTokens, int maxOutputTokens, MicroAmount amount) {

    public Reservation {
        Require.nonNegative(promptTokens, "promptTokens");
        Require.positive(maxOutputTokens, "maxTokens");
        Require.present(amount, "amount");
        Require.that(!amount.isNegative(), "amount", "must not be negative (was " + amount + ")");
    }

    /** {@link CallCost#of} with the estimated prompt tokens as input and {@code maxTokens} as output. */
    public static Reservation maxFor(Deployment deployment, long estimatedPromptTokens, int maxTokens,
                                     Currency budgetCurrency, ExchangeRates rates) {
        Require.nonNegative(estimatedPromptTokens, "promptTokens");
        Require.positive(maxTokens, "maxTokens");
        MicroAmount amount = CallCost.of(deployment, estimatedPromptTokens, maxTokens, budgetCurrency, rates);
        return new Reservation(estimatedPromptTokens, maxTokens, amount);
    }

    /** The actual token counts stay within what was priced, so their cost is at most {@link #amount()}. */
    public boolean covers(long inputTokens, long outputTokens) {
        return inputTokens >= 0 && outputTokens >= 0 && inputTokens <= promptTokens && outputTokens <= maxOutputTokens;
    }
}

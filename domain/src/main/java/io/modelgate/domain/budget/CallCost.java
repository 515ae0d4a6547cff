package io.modelgate.domain.budget;

import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.Pricing;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.cost.MissingExchangeRateException;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * What one gateway call costs the department, in micro-units of the budget currency. Pure and exact.
 *
 * <ul>
 *   <li><b>Vendor API:</b> input tokens &times; input price per 1M + output tokens &times; output price
 *       per 1M. A price per million tokens in major units is, per token, the same number in micro-units,
 *       so GPT-4o at $2.50 / $10.00 costs 1,000 &times; 2.50 + 500 &times; 10.00 = 7,500 micro-dollars
 *       ($0.0075) for 1,000 input and 500 output tokens, or &times; 150 = 1,125,000 micro-yen (¥1.125).</li>
 *   <li><b>Self-hosted</b> (private cloud, on-premises): the department pays its marginal share of the
 *       GPUs, (input + output tokens) &times; monthly GPU cost / tokens a GPU serves a month. The
 *       <em>fixed monthly operations cost</em> (people, power, monitoring) is a platform cost, paid
 *       whatever the volume, so it is not charged per call. Input and output tokens weigh the same:
 *       the catalog gives one throughput per GPU.</li>
 * </ul>
 *
 * <p><b>Rounding:</b> computed exactly in {@link BigDecimal} in the price's currency, converted exactly
 * with the configured rate, and rounded <em>once</em>, HALF_UP, to whole micro-units: the rule of
 * {@link io.modelgate.domain.cost.CostEstimator}, at a finer unit. A price in another currency than
 * the budget's without a configured rate is a {@link MissingExchangeRateException} (a configuration gap).
 */
public final class CallCost {

    private static final BigDecimal MICROS_PER_UNIT = BigDecimal.valueOf(MicroAmount.MICROS_PER_UNIT);
    private static final long HALF_A_MILLION = 500_000L;
    private static final long ONE_MILLION = 1_000_000L;

    private CallCost() {
    }

    /** The exact cost of a call with these token counts, rounded once to micro-units of the budget currency. */
    public static MicroAmount of(Deployment deployment, long inputTokens, long outputTokens, Currency budgetCurrency,
                                 ExchangeRates rates) {
        Require.present(deployment, "deployment");
        Require.nonNegative(inputTokens, "inputTokens");
        Require.nonNegative(outputTokens, "outputTokens");
        Require.present(budgetCurrency, "currency");
        Require.present(rates, "exchangeRates");
        Pricing pricing = deployment.pricing();
        if (pricing instanceof ApiPricing api) {
            // tokens × (major units per 1M tokens) = micro-units, exactly
            BigDecimal micros = BigDecimal.valueOf(inputTokens).multiply(api.inputPerMillionTokens().toDecimal())
                    .add(BigDecimal.valueOf(outputTokens).multiply(api.outputPerMillionTokens().toDecimal()));
            return rounded(rates.convert(micros, api.inputPerMillionTokens().currency(), budgetCurrency),
                    budgetCurrency);
        }
        SelfHostedPricing hosted = (SelfHostedPricing) pricing;
        Money gpu = hosted.gpuMonthlyCost();
        BigDecimal tokens = BigDecimal.valueOf(inputTokens).add(BigDecimal.valueOf(outputTokens));
        BigDecimal convertedMicros = rates.convert(tokens.multiply(gpu.toDecimal()).multiply(MICROS_PER_UNIT),
                gpu.currency(), budgetCurrency);
        // one division, rounded once: the share of a GPU-month these tokens use
        BigDecimal share = convertedMicros.divide(BigDecimal.valueOf(hosted.tokensPerGpuMonth()), 0,
                RoundingMode.HALF_UP);
        return rounded(share, budgetCurrency);
    }

    /**
     * The cost of one million tokens, for ranking routes in one currency. A vendor API blends its prices
     * 1:1 (half a million input and half a million output tokens: the mean of the two prices), since a
     * chat call's split is not known before it is made; a self-hosted deployment charges a million
     * tokens of GPU share.
     */
    public static MicroAmount marginalPerMillionTokens(Deployment deployment, Currency budgetCurrency,
                                                       ExchangeRates rates) {
        Require.present(deployment, "deployment");
        return deployment.pricing() instanceof ApiPricing
                ? of(deployment, HALF_A_MILLION, HALF_A_MILLION, budgetCurrency, rates)
                : of(deployment, ONE_MILLION, 0, budgetCurrency, rates);
    }

    private static MicroAmount rounded(BigDecimal exactMicros, Currency currency) {
        try {
            return MicroAmount.roundHalfUp(exactMicros, currency);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("tokens", "the call would cost " + e.reason()
                    + "; check the token counts");
        }
    }
}

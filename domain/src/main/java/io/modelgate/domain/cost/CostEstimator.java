package io.modelgate.domain.cost;

import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.MonthlyVolume;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Estimates a model's monthly cost in one deployment for a volume. Pure and exact.
 *
 * <ul>
 *   <li>Vendor API: input tokens &times; input price / 1M + output tokens &times; output price / 1M.</li>
 *   <li>Self-hosted: GPUs needed &times; monthly GPU cost + fixed monthly operations cost, where GPUs
 *       needed = ceil(total tokens / tokens a GPU serves a month). <b>Zero volume</b> (no tokens) needs
 *       zero GPUs and costs the fixed operations cost alone: that cost is committed whatever the
 *       volume, GPUs are added for load.</li>
 * </ul>
 *
 * <p><b>Rounding:</b> everything is computed exactly in {@link BigDecimal} in the price's currency,
 * converted exactly with the configured rate (units of target per unit of source), and only then
 * rounded <em>once</em> to the target currency's minor unit, {@link java.math.RoundingMode#HALF_UP}.
 * So $0.004 at 150 JPY/USD is ¥0.6 → ¥1, not $0.00 → ¥0. Breakdown lines are rounded the same way
 * each on its own (see {@link CostBreakdown}).
 */
public final class CostEstimator {

    public CostEstimate estimate(ModelId model, Deployment deployment, MonthlyVolume volume, Currency target,
                                 ExchangeRates rates) {
        Require.present(model, "model");
        Require.present(deployment, "deployment");
        Require.present(volume, "volume");
        Require.present(target, "currency");
        Require.present(rates, "exchangeRates");
        ConvertedPricing pricing = ConvertedPricing.of(deployment.pricing(), target, rates);
        BigDecimal exactTotal;
        CostBreakdown breakdown;
        if (pricing instanceof ConvertedPricing.PerToken api) {
            long inputTokens = volume.inputTokensPerMonth();
            long outputTokens = volume.outputTokensPerMonth();
            BigDecimal input = api.inputCost(inputTokens);
            BigDecimal output = api.outputCost(outputTokens);
            exactTotal = input.add(output);
            breakdown = new CostBreakdown.Api(inputTokens, outputTokens, Rounding.toMoney(input, target),
                    Rounding.toMoney(output, target));
        } else {
            ConvertedPricing.PerGpu hosted = (ConvertedPricing.PerGpu) pricing;
            long tokens = volume.totalTokensPerMonth();
            long gpus = hosted.gpusFor(tokens);
            BigDecimal gpuCost = hosted.gpuCost(gpus);
            exactTotal = gpuCost.add(hosted.operationsMonthly());
            breakdown = new CostBreakdown.SelfHosted(tokens, hosted.tokensPerGpuMonth(), gpus,
                    Rounding.toMoney(gpuCost, target), Rounding.toMoney(hosted.operationsMonthly(), target));
        }
        Money monthly = Rounding.toMoney(exactTotal, target);
        return new CostEstimate(model, deployment.kind(), volume, monthly, breakdown, pricing.rate(), pricing.asOf());
    }
}

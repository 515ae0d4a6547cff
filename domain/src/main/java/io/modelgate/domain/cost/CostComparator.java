package io.modelgate.domain.cost;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.MonthlyVolume;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Compares candidate models and deployments for one monthly volume: each candidate's estimate,
 * cheapest first, and for every self-hosted candidate against every vendor-API candidate the
 * volume from which self-hosting is cheaper for good ({@link BreakEven}). Break-evens are computed
 * from exact costs in the target currency at the volume's average input and output tokens per
 * request; they are never rounded.
 *
 * <p>A break-even beyond {@link Long#MAX_VALUE} tokens a month (far above the largest volume a use
 * case can declare) is reported as NEVER, with a sentence saying so.
 */
public final class CostComparator {

    private static final Comparator<CostEstimate> CHEAPEST_FIRST = Comparator
            .comparing(CostEstimate::monthlyCost)
            .thenComparing(e -> e.model().value())
            .thenComparing(CostEstimate::deployment);

    private final CostEstimator estimator;

    public CostComparator(CostEstimator estimator) {
        this.estimator = Require.present(estimator, "estimator");
    }

    public CostComparator() {
        this(new CostEstimator());
    }

    public TcoComparison compare(List<CostCandidate> candidates, MonthlyVolume volume, Currency target,
                                 ExchangeRates rates) {
        Require.notEmpty(candidates, "candidates");
        Require.present(volume, "volume");
        Require.present(target, "currency");
        Require.present(rates, "exchangeRates");
        for (int i = 0; i < candidates.size(); i++) {
            CostCandidate candidate = Require.present(candidates.get(i), "candidates");
            for (int j = 0; j < i; j++) {
                if (candidates.get(j).model().equals(candidate.model())
                        && candidates.get(j).deployment().kind() == candidate.deployment().kind()) {
                    throw new InvalidValueException("candidates", "lists " + candidate + " twice");
                }
            }
        }
        List<CostEstimate> ranked = new ArrayList<>();
        for (CostCandidate candidate : candidates) {
            ranked.add(estimator.estimate(candidate.model(), candidate.deployment(), volume, target, rates));
        }
        ranked.sort(CHEAPEST_FIRST);
        List<SelfHostingBreakEven> breakEvens = new ArrayList<>();
        for (CostCandidate hosted : candidates) {
            if (!hosted.selfHosted()) {
                continue;
            }
            for (CostCandidate api : candidates) {
                if (api.deployment().kind() == DeploymentKind.VENDOR_API) {
                    breakEvens.add(new SelfHostingBreakEven(hosted.model(), hosted.deployment().kind(), api.model(),
                            breakEven(hosted, api, volume, target, rates)));
                }
            }
        }
        return new TcoComparison(volume, target, ranked, breakEvens);
    }

    /** The break-even of self-hosting {@code hosted} against calling {@code api}, at the volume's token profile. */
    public BreakEven breakEven(CostCandidate hosted, CostCandidate api, MonthlyVolume volume, Currency target,
                               ExchangeRates rates) {
        Require.present(hosted, "selfHosted");
        Require.present(api, "api");
        Require.present(volume, "volume");
        Require.that(hosted.selfHosted(), "selfHosted", hosted + " is not self-hosted");
        Require.that(api.deployment().kind() == DeploymentKind.VENDOR_API, "api", api + " is not a vendor API");
        ConvertedPricing.PerGpu gpu = (ConvertedPricing.PerGpu) ConvertedPricing.of(hosted.deployment().pricing(), target, rates);
        ConvertedPricing.PerToken perToken = (ConvertedPricing.PerToken) ConvertedPricing.of(api.deployment().pricing(), target, rates);
        long tokensPerRequest = volume.tokensPerRequest();
        BreakEvenCalculator.Outcome outcome = BreakEvenCalculator.breakEven(gpu.operationsMonthly(), gpu.gpuMonthly(),
                gpu.tokensPerGpuMonth(), perToken.costPerRequest(volume), tokensPerRequest);
        String pair = "Self-hosting " + hosted + " ";
        String profile = count(volume.averageInputTokens()) + " input and " + count(volume.averageOutputTokens())
                + " output tokens per request";
        if (outcome instanceof BreakEvenCalculator.Outcome.NoTokens) {
            return BreakEven.never(pair + "is never cheaper than " + api + ": requests of 0 tokens cost nothing"
                    + " through the API.");
        }
        if (outcome instanceof BreakEvenCalculator.Outcome.GpuNotCheaperPerToken) {
            return BreakEven.never(pair + "is never cheaper than " + api + " at " + profile + ": a GPU costs at"
                    + " least as much per token it serves as the API charges per token, so the API stays cheaper"
                    + " at every volume.");
        }
        if (outcome instanceof BreakEvenCalculator.Outcome.Always) {
            return BreakEven.always(pair + "costs less than " + api + " at every volume from 1 request a month ("
                    + profile + ").");
        }
        BigInteger requests = ((BreakEvenCalculator.Outcome.AtVolume) outcome).requests();
        BigInteger tokens = requests.multiply(BigInteger.valueOf(tokensPerRequest));
        if (tokens.bitLength() >= Long.SIZE) {
            return BreakEven.never(pair + "would cost less than " + api + " only beyond " + count(Long.MAX_VALUE)
                    + " tokens a month (" + profile + "), far above any volume a use case can have.");
        }
        return BreakEven.atVolume(requests.longValueExact(), tokens.longValueExact(), pair + "costs less than " + api
                + " from " + count(requests.longValueExact()) + " requests a month (" + count(tokens.longValueExact())
                + " tokens at " + profile + ") and at every higher volume.");
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}

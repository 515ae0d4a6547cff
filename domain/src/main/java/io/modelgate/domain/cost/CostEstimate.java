package io.modelgate.domain.cost;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.MonthlyVolume;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a model in one deployment costs a month for a volume, in the target currency.
 *
 * @param monthlyCost  the exact monthly cost rounded once, HALF_UP, to the currency's minor unit
 * @param exchangeRate the rate applied to the prices (with its date); empty when the prices are
 *                     already in the target currency
 * @param pricingAsOf  the date of the price list used
 */
public record CostEstimate(ModelId model, DeploymentKind deployment, MonthlyVolume volume, Money monthlyCost,
                           CostBreakdown breakdown, Optional<ExchangeRate> exchangeRate, LocalDate pricingAsOf) {

    public CostEstimate {
        Require.present(model, "model");
        Require.present(deployment, "deployment");
        Require.present(volume, "volume");
        Require.present(monthlyCost, "monthlyCost");
        Require.present(breakdown, "breakdown");
        Require.present(exchangeRate, "exchangeRate");
        Require.present(pricingAsOf, "pricingAsOf");
        Require.that((breakdown instanceof CostBreakdown.Api) == (deployment == DeploymentKind.VENDOR_API),
                "breakdown", "a vendor API is broken down by tokens, a self-hosted deployment by GPUs");
        exchangeRate.ifPresent(rate -> Require.that(rate.to().equals(monthlyCost.currency()), "exchangeRate",
                "must convert into the estimate's currency " + monthlyCost.currency().getCurrencyCode()));
    }

    /** GPUs the volume needs, for a self-hosted deployment. */
    public OptionalLong gpusNeeded() {
        return breakdown instanceof CostBreakdown.SelfHosted hosted ? OptionalLong.of(hosted.gpusNeeded())
                : OptionalLong.empty();
    }
}

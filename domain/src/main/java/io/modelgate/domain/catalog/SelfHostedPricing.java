package io.modelgate.domain.catalog;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.time.LocalDate;

/**
 * Fixed cost: GPUs rented or owned by the month, each able to serve a number of tokens a month,
 * plus a fixed monthly operations cost (people, power, monitoring) whatever the volume.
 */
public record SelfHostedPricing(Money gpuMonthlyCost, long tokensPerGpuMonth, Money fixedMonthlyOperationsCost,
                                LocalDate asOf) implements Pricing {

    public SelfHostedPricing {
        Require.present(gpuMonthlyCost, "pricing.gpuMonthlyCost");
        Require.present(fixedMonthlyOperationsCost, "pricing.fixedMonthlyOperationsCost");
        Require.present(asOf, "pricing.asOf");
        Require.positive(tokensPerGpuMonth, "pricing.tokensPerGpuMonth");
        if (gpuMonthlyCost.isNegative()) {
            throw new InvalidValueException("pricing.gpuMonthlyCost", "must not be negative");
        }
        if (fixedMonthlyOperationsCost.isNegative()) {
            throw new InvalidValueException("pricing.fixedMonthlyOperationsCost", "must not be negative");
        }
        Require.that(gpuMonthlyCost.currency().equals(fixedMonthlyOperationsCost.currency()),
                "pricing.fixedMonthlyOperationsCost", "must be in the same currency as the GPU cost");
    }
}

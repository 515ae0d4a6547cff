package io.modelgate.domain.cost;

import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Pricing;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.usecase.MonthlyVolume;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * A deployment's prices converted exactly into the target currency (major units, never rounded),
 * so that estimates and break-even analysis compute from the same figures.
 */
sealed interface ConvertedPricing {

    Optional<ExchangeRate> rate();

    LocalDate asOf();

    static ConvertedPricing of(Pricing pricing, Currency target, ExchangeRates rates) {
        if (pricing instanceof ApiPricing api) {
            Optional<ExchangeRate> rate = rates.rateFor(api.inputPerMillionTokens().currency(), target);
            return new PerToken(convert(api.inputPerMillionTokens(), rate), convert(api.outputPerMillionTokens(), rate),
                    rate, api.asOf());
        }
        SelfHostedPricing hosted = (SelfHostedPricing) pricing;
        Optional<ExchangeRate> rate = rates.rateFor(hosted.gpuMonthlyCost().currency(), target);
        return new PerGpu(convert(hosted.gpuMonthlyCost(), rate), hosted.tokensPerGpuMonth(),
                convert(hosted.fixedMonthlyOperationsCost(), rate), rate, hosted.asOf());
    }

    private static BigDecimal convert(Money money, Optional<ExchangeRate> rate) {
        BigDecimal amount = money.toDecimal();
        return rate.map(r -> r.convert(amount)).orElse(amount);
    }

    /** API prices in the target currency per one million input and output tokens. */
    record PerToken(BigDecimal inputPerMillion, BigDecimal outputPerMillion, Optional<ExchangeRate> rate,
                    LocalDate asOf) implements ConvertedPricing {

        BigDecimal inputCost(long tokens) {
            return BigDecimal.valueOf(tokens).multiply(inputPerMillion).movePointLeft(6);
        }

        BigDecimal outputCost(long tokens) {
            return BigDecimal.valueOf(tokens).multiply(outputPerMillion).movePointLeft(6);
        }

        /** The exact cost of one request with the volume's average input and output tokens. */
        BigDecimal costPerRequest(MonthlyVolume volume) {
            return inputCost(volume.averageInputTokens()).add(outputCost(volume.averageOutputTokens()));
        }
    }

    /** Self-hosted prices in the target currency: per GPU and month, and fixed per month. */
    record PerGpu(BigDecimal gpuMonthly, long tokensPerGpuMonth, BigDecimal operationsMonthly,
                  Optional<ExchangeRate> rate, LocalDate asOf) implements ConvertedPricing {

        /**
         * GPUs needed for a month's tokens: ceil(tokens / tokensPerGpuMonth). Zero tokens need
         * zero GPUs, so a self-hosted deployment with no volume costs its fixed operations only.
         */
        long gpusFor(long tokens) {
            return tokens / tokensPerGpuMonth + (tokens % tokensPerGpuMonth == 0 ? 0 : 1);
        }

        BigDecimal gpuCost(long gpus) {
            return gpuMonthly.multiply(BigDecimal.valueOf(gpus));
        }
    }
}

package io.modelgate.domain.budget;

import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.money.Money;

import java.time.LocalDate;
import java.util.Currency;

/** Deployments, currencies and rates for the budget tests, with the prices of the source article. */
final class Prices {

    static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    static final Currency JPY = Currency.getInstance("JPY");
    static final Currency USD = Currency.getInstance("USD");
    /** 150 JPY per USD. */
    static final ExchangeRates USD_JPY_150 = ExchangeRates.of(ExchangeRate.of("USD", "JPY", "150", AS_OF));

    private Prices() {
    }

    static Deployment api(String inputPerMillion, String outputPerMillion, String currency) {
        return Deployment.vendorApi(new VendorTerms(30, VendorTerms.GLOBAL, false),
                new ApiPricing(Money.of(inputPerMillion, currency), Money.of(outputPerMillion, currency), AS_OF));
    }

    /** GPT-4o: $2.50 per 1M input tokens, $10.00 per 1M output tokens. */
    static Deployment gpt4o() {
        return api("2.50", "10.00", "USD");
    }

    /** GPT-4o mini: $0.15 per 1M input tokens, $0.60 per 1M output tokens. */
    static Deployment gpt4oMini() {
        return api("0.15", "0.60", "USD");
    }

    static Deployment selfHosted(DeploymentKind kind, String gpuMonthly, long tokensPerGpuMonth, String operations,
                                 String currency) {
        return Deployment.selfHosted(kind, new SelfHostedPricing(Money.of(gpuMonthly, currency), tokensPerGpuMonth,
                Money.of(operations, currency), AS_OF));
    }

    /** An A100 on premises: ¥500,000 a month serving 1 billion tokens, ¥200,000 operations. */
    static Deployment llamaOnPremises() {
        return selfHosted(DeploymentKind.ON_PREMISES, "500000", 1_000_000_000L, "200000", "JPY");
    }

    static MicroAmount yen(long micros) {
        return new MicroAmount(micros, JPY);
    }

    static MicroAmount dollars(long micros) {
        return new MicroAmount(micros, USD);
    }
}

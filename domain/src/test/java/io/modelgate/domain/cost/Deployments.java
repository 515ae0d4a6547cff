package io.modelgate.domain.cost;

import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.money.Money;

import java.time.LocalDate;
import java.util.Currency;

/** Deployments and rates used by the cost tests, with the prices of the source article. */
final class Deployments {

    static final LocalDate PRICES_AS_OF = LocalDate.of(2025, 1, 15);
    static final LocalDate RATE_AS_OF = LocalDate.of(2025, 2, 1);
    static final Currency USD = Currency.getInstance("USD");
    static final Currency JPY = Currency.getInstance("JPY");
    static final ModelId GPT_4O = new ModelId("gpt-4o");
    static final ModelId GPT_4O_MINI = new ModelId("gpt-4o-mini");
    static final ModelId LLAMA_3_70B = new ModelId("llama-3-70b-instruct");

    /** 150.00 JPY per USD. */
    static final ExchangeRate USD_JPY_150 = ExchangeRate.of("USD", "JPY", "150.00", RATE_AS_OF);

    private Deployments() {
    }

    static Deployment api(String inputPerMillion, String outputPerMillion, String currency) {
        return Deployment.vendorApi(new VendorTerms(30, VendorTerms.GLOBAL, false),
                new ApiPricing(Money.of(inputPerMillion, currency), Money.of(outputPerMillion, currency), PRICES_AS_OF));
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
                Money.of(operations, currency), PRICES_AS_OF));
    }

    /** An A100 on premises at ¥500,000 a month (the article: ¥300k–800k) serving 1 billion tokens, ¥200,000 operations. */
    static Deployment llamaOnPremises() {
        return selfHosted(DeploymentKind.ON_PREMISES, "500000", 1_000_000_000L, "200000", "JPY");
    }
}

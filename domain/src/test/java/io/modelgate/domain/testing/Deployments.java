package io.modelgate.domain.testing;

import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.money.Money;

import java.time.LocalDate;
import java.util.Currency;

/**
 * The test fixtures' one home for deployments, prices and rates, with the prices of the source article: the
 * domain's tests use it, and other modules' tests through the domain's test-jar.
 */
public final class Deployments {

    public static final LocalDate PRICES_AS_OF = LocalDate.of(2025, 1, 15);
    public static final LocalDate RATE_AS_OF = LocalDate.of(2025, 2, 1);
    public static final Currency USD = Currency.getInstance("USD");
    public static final Currency JPY = Currency.getInstance("JPY");
    public static final ModelId GPT_4O = new ModelId("gpt-4o");
    public static final ModelId GPT_4O_MINI = new ModelId("gpt-4o-mini");
    public static final ModelId LLAMA_3_70B = new ModelId("llama-3-70b-instruct");

    /** 150.00 JPY per USD, as of {@link #RATE_AS_OF}. */
    public static final ExchangeRate USD_JPY_150 = ExchangeRate.of("USD", "JPY", "150.00", RATE_AS_OF);
    /** 150 JPY per USD, as of {@link #PRICES_AS_OF}: the rate the budget's tests convert with. */
    public static final ExchangeRates RATES_USD_JPY_150 = ExchangeRates.of(ExchangeRate.of("USD", "JPY", "150",
            PRICES_AS_OF));

    private Deployments() {
    }

    /** A vendor API keeping data 30 days anywhere, at these prices per million tokens. */
    public static Deployment api(String inputPerMillion, String outputPerMillion, String currency) {
        return api(new VendorTerms(30, VendorTerms.GLOBAL, false), inputPerMillion, outputPerMillion, currency);
    }

    /** A vendor API with these terms, at these prices per million tokens. */
    public static Deployment api(VendorTerms terms, String inputPerMillion, String outputPerMillion, String currency) {
        return Deployment.vendorApi(terms,
                new ApiPricing(Money.of(inputPerMillion, currency), Money.of(outputPerMillion, currency), PRICES_AS_OF));
    }

    /** A vendor API with these terms ($3 / $15 per million tokens: prices do not matter to classification). */
    public static Deployment vendorApi(int retentionDays, String region, boolean trains) {
        return Deployment.vendorApi(new VendorTerms(retentionDays, region, trains),
                new ApiPricing(Money.ofMinor(300, "USD"), Money.ofMinor(1500, "USD"), PRICES_AS_OF));
    }

    /** GPT-4o: $2.50 per 1M input tokens, $10.00 per 1M output tokens. */
    public static Deployment gpt4o() {
        return api("2.50", "10.00", "USD");
    }

    /** GPT-4o mini: $0.15 per 1M input tokens, $0.60 per 1M output tokens. */
    public static Deployment gpt4oMini() {
        return api("0.15", "0.60", "USD");
    }

    public static Deployment selfHosted(DeploymentKind kind, String gpuMonthly, long tokensPerGpuMonth,
                                        String operations, String currency) {
        return Deployment.selfHosted(kind, new SelfHostedPricing(Money.of(gpuMonthly, currency), tokensPerGpuMonth,
                Money.of(operations, currency), PRICES_AS_OF));
    }

    /** A self-hosted deployment at ¥300,000 a month serving 1 billion tokens, ¥100,000 operations. */
    public static Deployment selfHosted(DeploymentKind kind) {
        return selfHosted(kind, "300000", 1_000_000_000L, "100000", "JPY");
    }

    /** An A100 on premises at ¥500,000 a month (the article: ¥300k–800k) serving 1 billion tokens, ¥200,000 operations. */
    public static Deployment llamaOnPremises() {
        return selfHosted(DeploymentKind.ON_PREMISES, "500000", 1_000_000_000L, "200000", "JPY");
    }
}

package io.modelgate.domain.budget;

import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.testing.Deployments;

import java.time.LocalDate;
import java.util.Currency;

/** Amounts in micro-units for the budget tests; deployments and rates come from {@link Deployments}. */
final class Prices {

    static final LocalDate AS_OF = Deployments.PRICES_AS_OF;
    static final Currency JPY = Deployments.JPY;
    static final Currency USD = Deployments.USD;
    /** 150 JPY per USD. */
    static final ExchangeRates USD_JPY_150 = Deployments.RATES_USD_JPY_150;

    private Prices() {
    }

    static Deployment api(String inputPerMillion, String outputPerMillion, String currency) {
        return Deployments.api(inputPerMillion, outputPerMillion, currency);
    }

    static Deployment gpt4o() {
        return Deployments.gpt4o();
    }

    static Deployment gpt4oMini() {
        return Deployments.gpt4oMini();
    }

    static Deployment selfHosted(DeploymentKind kind, String gpuMonthly, long tokensPerGpuMonth, String operations,
                                 String currency) {
        return Deployments.selfHosted(kind, gpuMonthly, tokensPerGpuMonth, operations, currency);
    }

    static Deployment llamaOnPremises() {
        return Deployments.llamaOnPremises();
    }

    static MicroAmount yen(long micros) {
        return new MicroAmount(micros, JPY);
    }

    static MicroAmount dollars(long micros) {
        return new MicroAmount(micros, USD);
    }
}

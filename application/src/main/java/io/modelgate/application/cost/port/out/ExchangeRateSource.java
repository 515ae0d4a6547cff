package io.modelgate.application.cost.port.out;

import io.modelgate.domain.cost.ExchangeRates;

import java.util.Currency;

/** Out-port: the configured, dated exchange rates and the currency budgets are kept in. */
public interface ExchangeRateSource {

    ExchangeRates rates();

    Currency defaultCurrency();
}

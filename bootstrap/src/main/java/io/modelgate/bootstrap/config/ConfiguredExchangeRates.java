package io.modelgate.bootstrap.config;

import io.modelgate.application.cost.port.out.ExchangeRateSource;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.money.Money;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Currency;

/** {@link ExchangeRateSource} from configuration: rates are dated, and checked at start. */
@ApplicationScoped
public class ConfiguredExchangeRates implements ExchangeRateSource {

    private final ExchangeRates rates;
    private final Currency currency;

    ConfiguredExchangeRates(ModelGateConfig config) {
        this.currency = Money.currency(config.cost().currency());
        this.rates = ExchangeRates.of(config.cost().exchangeRates().entrySet().stream().map(e -> {
            String[] pair = e.getKey().split("-");
            if (pair.length != 2) {
                throw new IllegalStateException("modelgate.cost.exchange-rates keys are FROM-TO, e.g. \"USD-JPY\"; got "
                        + e.getKey());
            }
            return ExchangeRate.of(pair[0], pair[1], e.getValue().rate(), e.getValue().asOf());
        }).toList());
    }

    @Override
    public ExchangeRates rates() {
        return rates;
    }

    @Override
    public Currency defaultCurrency() {
        return currency;
    }
}

package io.modelgate.domain.cost;

import io.modelgate.domain.shared.DomainException;

import java.util.Currency;

/**
 * A cost is asked for in a currency that no configured rate reaches from the price's currency.
 * A configuration gap, not a refusal: an admin adds the rate.
 */
public final class MissingExchangeRateException extends DomainException {

    public static final String CODE = "COST.EXCHANGE_RATE_MISSING";

    private final Currency from;
    private final Currency to;

    public MissingExchangeRateException(Currency from, Currency to) {
        super(CODE, "no exchange rate from " + from.getCurrencyCode() + " to " + to.getCurrencyCode()
                + " is configured; add one to estimate costs in " + to.getCurrencyCode());
        this.from = from;
        this.to = to;
    }

    public Currency from() {
        return from;
    }

    public Currency to() {
        return to;
    }
}

package io.modelgate.domain.catalog;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.time.LocalDate;

/** Pay per token: prices per one million input and output tokens. */
public record ApiPricing(Money inputPerMillionTokens, Money outputPerMillionTokens, LocalDate asOf)
        implements Pricing {

    public ApiPricing {
        Require.present(inputPerMillionTokens, "pricing.inputPerMillionTokens");
        Require.present(outputPerMillionTokens, "pricing.outputPerMillionTokens");
        Require.present(asOf, "pricing.asOf");
        if (inputPerMillionTokens.isNegative()) {
            throw new InvalidValueException("pricing.inputPerMillionTokens", "must not be negative");
        }
        if (outputPerMillionTokens.isNegative()) {
            throw new InvalidValueException("pricing.outputPerMillionTokens", "must not be negative");
        }
        Require.that(inputPerMillionTokens.currency().equals(outputPerMillionTokens.currency()),
                "pricing.outputPerMillionTokens", "must be in the same currency as the input price");
    }
}

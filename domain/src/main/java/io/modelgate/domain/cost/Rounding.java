package io.modelgate.domain.cost;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one rounding rule of cost estimates: an exact amount in the target currency is rounded
 * once, HALF_UP (0.5 of a minor unit goes up), to the currency's minor unit (cents for USD, yen
 * for JPY). Amounts beyond what {@link Money} can hold are an error, never a silent overflow.
 */
final class Rounding {

    static final RoundingMode MODE = RoundingMode.HALF_UP;
    private static final BigDecimal MAX_MINOR_UNITS = BigDecimal.valueOf(Long.MAX_VALUE);

    private Rounding() {
    }

    static Money toMoney(BigDecimal exact, Currency currency) {
        BigDecimal minorUnits = exact.movePointRight(currency.getDefaultFractionDigits()).setScale(0, MODE);
        if (minorUnits.abs().compareTo(MAX_MINOR_UNITS) > 0) {
            throw new InvalidValueException("volume", "the estimated monthly cost " + exact.stripTrailingZeros().toPlainString() + " "
                    + currency.getCurrencyCode() + " is too large to represent; check the volume and the prices");
        }
        return new Money(minorUnits.longValueExact(), currency);
    }
}

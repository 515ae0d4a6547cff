package io.modelgate.adapters.rest.shared;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.modelgate.domain.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * Money on the wire: an exact decimal amount (a string, so no client parses it as a float) and an
 * ISO 4217 currency. More fraction digits than the currency has are refused.
 */
@Schema(name = "Money", description = "An exact amount of money")
public record MoneyDto(
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "2.50",
                description = "Decimal amount with at most the currency's minor digits") BigDecimal amount,
        @NotBlank @Schema(example = "USD") String currency) {

    public static MoneyDto of(Money money) {
        return new MoneyDto(money.toDecimal(), money.currency().getCurrencyCode());
    }

    public Money toDomain() {
        return Money.fromDecimal(amount, Money.currency(currency));
    }
}

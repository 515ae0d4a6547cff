package io.modelgate.adapters.rest.console;

import io.modelgate.domain.money.Money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Formatting for pages: exact amounts with digit grouping, instants in the company's zone. */
public final class Views {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private Views() {
    }

    public static String money(Money money) {
        return amount(money.toDecimal(), money.currency());
    }

    /** Micro-units (millionths of the currency unit) shown exactly, trailing zeros dropped. */
    public static String micros(long micros, Currency currency) {
        BigDecimal exact = BigDecimal.valueOf(micros, 6).stripTrailingZeros();
        int digits = Math.max(currency.getDefaultFractionDigits(), Math.max(0, exact.scale()));
        return amount(exact.setScale(digits), currency);
    }

    private static String amount(BigDecimal value, Currency currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        return format.format(value) + " " + currency.getCurrencyCode();
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}

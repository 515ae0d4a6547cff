package io.modelgate.adapters.rest.budget;

import io.modelgate.adapters.rest.shared.Echo;
import io.modelgate.domain.shared.InvalidValueException;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** Months on the wire: {@code yyyy-MM}, e.g. {@code 2025-04}, in the years 0001–9999. */
final class Months {

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    private Months() {
    }

    static YearMonth parse(String raw, String name) {
        if (raw == null || !MONTH.matcher(raw.strip()).matches() || raw.strip().startsWith("0000")) {
            throw new InvalidValueException(name, "must be a month written yyyy-MM, such as 2025-04 (was '"
                    + Echo.of(raw) + "')");
        }
        return YearMonth.parse(raw.strip());
    }

    static Optional<YearMonth> optional(String raw, String name) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(parse(raw, name));
    }
}

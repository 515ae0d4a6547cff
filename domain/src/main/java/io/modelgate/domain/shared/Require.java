package io.modelgate.domain.shared;

import java.util.Collection;
import java.util.regex.Pattern;

/** Guard clauses for value objects: each failure names the field, so the API can point at it. */
public final class Require {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    public static String text(String value, String field, int maxLength) {
        present(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        // No NUL (PostgreSQL cannot store it), no other control character but tab and line breaks.
        UnsafeCharacters.TEXT.check(trimmed).ifPresent(reason -> {
            throw new InvalidValueException(field, reason);
        });
        return trimmed;
    }

    public static String slug(String value, String field, int maxLength) {
        String text = text(value, field, maxLength);
        if (!SLUG.matcher(text).matches()) {
            throw new InvalidValueException(field,
                    "must be a slug of lower-case letters, digits, '-' and '.' (was '" + text + "')");
        }
        return text;
    }

    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidValueException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new InvalidValueException(field, "must be positive (was " + value + ")");
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(C values, String field) {
        present(values, field);
        if (values.isEmpty()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        return values;
    }

    public static void that(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidValueException(field, message);
        }
    }
}

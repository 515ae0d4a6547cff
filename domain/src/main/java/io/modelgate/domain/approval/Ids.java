package io.modelgate.domain.approval;

import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parsing of the identifiers' text form, strict: {@link UUID#fromString} alone accepts "1-2-3-4-5". */
final class Ids {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    static UUID uuid(String text, String field) {
        String value = Require.text(text, field, 36).toLowerCase(Locale.ROOT);
        if (!CANONICAL.matcher(value).matches()) {
            throw new InvalidValueException(field, "must be a UUID such as 3f2b8c1e-0a4d-4c8e-9b1a-2d5e6f708192 (was '"
                    + text.strip() + "')");
        }
        return UUID.fromString(value);
    }
}

package io.modelgate.domain.audit;

import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.shared.UnsafeCharacters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Rules every audit text and instant follows so that it survives PostgreSQL and hashes the same after. */
final class AuditText {

    /** Four-digit years only: the canonical form prints {@code uuuu} without a sign. */
    static final Instant EARLIEST = LocalDate.of(1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    static final Instant LATEST = LocalDate.of(9999, 12, 31).atStartOfDay(ZoneOffset.UTC).toInstant()
            .plus(1, ChronoUnit.DAYS).minus(1, ChronoUnit.MICROS);

    private AuditText() {
    }

    /** A name or identifier: stripped, not blank, no line breaks or other control characters. */
    static String singleLine(String value, String field, int maxLength) {
        return refuse(UnsafeCharacters.PARAMETER, Require.text(value, field, maxLength), field);
    }

    /**
     * Refuses what PostgreSQL cannot store in a {@code text} column (NUL) and what UTF-8 cannot
     * encode (an unpaired surrogate): either would change the bytes between hashing and reloading.
     * The same rule as every domain text ({@link UnsafeCharacters#TEXT}).
     */
    static String storable(String value, String field) {
        return refuse(UnsafeCharacters.TEXT, value, field);
    }

    private static String refuse(UnsafeCharacters rule, String value, String field) {
        rule.check(value).ifPresent(reason -> {
            throw new InvalidValueException(field, reason);
        });
        return value;
    }

    /** PostgreSQL keeps microseconds; cutting here makes the hash computed now the one a reload computes. */
    static Instant toMicros(Instant value, String field) {
        return inRange(Require.present(value, field).truncatedTo(ChronoUnit.MICROS), field);
    }

    /** For stored events: a value with nanoseconds never came from the database, so it is refused, not cut. */
    static Instant atMicros(Instant value, String field) {
        Require.present(value, field);
        Require.that(value.getNano() % 1_000 == 0, field, "must be at microsecond precision (was " + value + ")");
        return inRange(value, field);
    }

    private static Instant inRange(Instant value, String field) {
        Require.that(!value.isBefore(EARLIEST) && !value.isAfter(LATEST), field,
                "must be between the years 0001 and 9999 (was " + value + ")");
        return value;
    }
}

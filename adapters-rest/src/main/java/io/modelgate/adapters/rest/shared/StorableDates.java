package io.modelgate.adapters.rest.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The dates and instants the API accepts, in bodies and in query parameters: the years 0001 to 9999.
 * PostgreSQL refuses timestamps beyond year 294276 and dates beyond 5874897 with an error, and
 * nothing in ModelGate needs a date outside these years.
 */
public final class StorableDates {

    public static final String RULE = "must lie in the years 0001 to 9999";

    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

    private StorableDates() {
    }

    public static boolean storable(Instant at) {
        return !at.isBefore(FIRST) && at.isBefore(END);
    }

    public static boolean storable(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    public static boolean storable(OffsetDateTime at) {
        return storable(at.toInstant());
    }
}

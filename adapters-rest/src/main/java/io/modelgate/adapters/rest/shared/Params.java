package io.modelgate.adapters.rest.shared;

import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.shared.InvalidValueException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Query and path parameters, parsed with messages that name the parameter. */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> Optional<E> optionalEnum(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(name, "cannot take the value '" + Echo.of(value) + "'; allowed: "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Optional<String> optionalText(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * An ISO-8601 instant filter ({@code 2025-04-01T00:00:00+09:00} or {@code 2025-03-31T15:00:00Z}) in the
     * years PostgreSQL stores ({@link StorableDates}).
     */
    public static Optional<Instant> optionalInstant(String value, String name) {
        Optional<String> text = optionalText(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Instant at;
        try {
            at = Instant.parse(text.get());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "must be an ISO-8601 instant such as 2025-04-01T00:00:00+09:00 (was '"
                    + Echo.of(value) + "')");
        }
        if (!StorableDates.storable(at)) {
            throw new InvalidValueException(name, StorableDates.RULE + " (was '" + Echo.of(value) + "')");
        }
        return Optional.of(at);
    }

    public static PageRequest page(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
    }

    /**
     * A value object made from one request field or parameter, its refusal naming that field:
     * {@code modelId: must be a slug…} rather than the value object's own {@code id: …}.
     */
    public static <T> T field(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(name, e.reason());
        }
    }

    /**
     * Domain values made from a nested object of the request, their refusals naming the field from the
     * body's root: {@code useCase.volume.requestsPerMonth} rather than {@code volume.requestsPerMonth}.
     */
    public static <T> T within(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(prefix + "." + e.field(), e.reason());
        }
    }

    /**
     * An id from the path: one that is not even well-formed cannot name an existing entity, so it is
     * answered like any unknown id.
     */
    public static <T> T pathId(String raw, Function<String, T> parse, String entity) {
        try {
            return parse.apply(raw);
        } catch (InvalidValueException e) {
            throw new NotFoundException(entity, Echo.of(raw));
        }
    }
}

package io.modelgate.adapters.rest.shared;

import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

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
            throw new InvalidValueException(name, "cannot take the value '" + value + "'; allowed: "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Optional<String> optionalText(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static PageRequest page(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
    }

    /**
     * An id from the path: one that is not even well-formed cannot name an existing entity, so it is
     * answered like any unknown id.
     */
    public static <T> T pathId(String raw, Function<String, T> parse, String entity) {
        try {
            return parse.apply(raw);
        } catch (InvalidValueException e) {
            throw new NotFoundException(entity, raw);
        }
    }
}

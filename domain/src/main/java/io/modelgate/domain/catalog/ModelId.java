package io.modelgate.domain.catalog;

import io.modelgate.domain.shared.Require;

/** A catalog model's stable identifier: a slug such as {@code llama-3-70b-instruct}. */
public record ModelId(String value) {

    public static final int MAX_LENGTH = 64;

    public ModelId {
        value = Require.slug(value, "id", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}

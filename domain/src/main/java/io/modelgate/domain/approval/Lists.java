package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

import java.util.List;

/** Defensive copies for the package's records and aggregates, naming the field on a null. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> values, String field) {
        Require.present(values, field);
        values.forEach(value -> Require.present(value, field));
        return List.copyOf(values);
    }
}

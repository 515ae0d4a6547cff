package io.modelgate.application.shared;

import io.modelgate.domain.shared.Require;

/** A page of a listing: zero-based page number and a bounded size. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        Require.nonNegative(page, "page");
        Require.positive(size, "size");
        Require.that(size <= MAX_SIZE, "size", "must be at most " + MAX_SIZE);
        // The offset page × size must fit the int that the database query takes: page=2147483647 overflowed.
        Require.that((long) page * size <= Integer.MAX_VALUE, "page",
                "must be at most " + Integer.MAX_VALUE / size + " for pages of " + size);
    }

    public long offset() {
        return (long) page * size;
    }
}

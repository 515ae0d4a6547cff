package io.modelgate.adapters.rest.shared;

import io.modelgate.application.shared.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a listing, with the totals a client needs to page on. */
public record PageDto<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <D, T> PageDto<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageDto<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.totalItems(),
                page.totalPages());
    }
}

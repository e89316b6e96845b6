package dev.parley.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One keyset page: the items and an opaque cursor for the next page, or null at the end. */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }
}

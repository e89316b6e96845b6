package dev.parley.application.people;

import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.Page;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Keyset pages whose cursor is the id of the last item; a malformed cursor is a 400. */
final class Cursors {
    private Cursors() {
    }

    static UUID parse(String cursor) {
        return cursor == null || cursor.isBlank() ? null : Ids.parse("cursor", cursor);
    }

    /** {@code fetched} holds up to {@code limit + 1} rows; the extra one only says there is more. */
    static <T> Page<T> page(List<T> fetched, int limit, Function<T, UUID> key) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, key.apply(items.getLast()).toString());
    }
}

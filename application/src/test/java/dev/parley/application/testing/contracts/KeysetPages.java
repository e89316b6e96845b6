package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Walks a keyset-paged listing to its end, as a client would, checking that no page is longer than asked. */
final class KeysetPages {
    private KeysetPages() {
    }

    /** Every item of {@code listing(after, size)}, page after page, each next page starting after the last key. */
    static <T, K> List<T> walk(BiFunction<K, Integer, List<T>> listing, Function<T, K> keyOf, int size) {
        List<T> seen = new ArrayList<>();
        K after = null;
        for (List<T> page = listing.apply(null, size); !page.isEmpty(); page = listing.apply(after, size)) {
            assertThat(page.size()).isLessThanOrEqualTo(size);
            seen.addAll(page);
            after = keyOf.apply(page.getLast());
        }
        return seen;
    }
}

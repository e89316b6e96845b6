package dev.parley.inmemory.shared;

import java.util.Comparator;
import java.util.UUID;

/**
 * The order PostgreSQL gives {@code uuid} columns: unsigned, byte by byte. {@link UUID#compareTo} compares
 * signed longs, so in-memory stores that page by id must sort with this instead.
 */
public final class UuidOrder {
    public static final Comparator<UUID> UNSIGNED = (left, right) -> {
        int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
    };

    private UuidOrder() {
    }
}

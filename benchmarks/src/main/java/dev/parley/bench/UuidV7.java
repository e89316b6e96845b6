package dev.parley.bench;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Time-ordered UUIDv7 values, as Parley uses for ids, so that ceiling inserts hit the index the same way. */
public final class UuidV7 {
    private UuidV7() {
    }

    public static UUID next(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    public static UUID next() {
        return next(System.currentTimeMillis());
    }
}

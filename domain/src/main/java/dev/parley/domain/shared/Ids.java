package dev.parley.domain.shared;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** Time-ordered UUIDv7 ids, so primary-key indexes grow at the right edge. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId(Instant at) {
        long millis = at.toEpochMilli();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** Parses a client-supplied id; a malformed one is a validation error, never a 500. */
    public static UUID parse(String field, String raw) {
        if (raw == null || raw.length() != 36) {
            throw ParleyException.invalid(field, "must be a UUID");
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException malformed) {
            throw ParleyException.invalid(field, "must be a UUID");
        }
    }
}

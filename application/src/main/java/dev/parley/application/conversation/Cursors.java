package dev.parley.application.conversation;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.out.ConversationRepository.ActivityKey;
import dev.parley.domain.shared.ParleyException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque keyset cursors: base64url of a kind letter and the key, so clients cannot depend on their shape. A
 * decoded cursor is validated fully (kind, ranges, canonical form): anything else is a 400 on {@code cursor}.
 */
final class Cursors {
    static final String BEFORE = "b";
    static final String AFTER = "a";
    /** Activity times a real conversation can have, well inside PostgreSQL's timestamp range. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Cursors() {
    }

    static String seq(String kind, long seq) {
        return encode(kind + ":" + seq);
    }

    /** The seq of a cursor of {@code kind}; any other cursor (or one this server never wrote) is a 400 on {@code cursor}. */
    static long seqOf(String cursor, String kind) {
        String[] parts = decode(cursor).split(":", 2);
        if (parts.length != 2 || !parts[0].equals(kind)) {
            throw invalid();
        }
        try {
            long seq = Long.parseLong(parts[1]);
            if (seq < 0) {
                throw invalid();
            }
            return requireCanonical(cursor, seq(kind, seq), seq);
        } catch (NumberFormatException malformed) {
            throw invalid();
        }
    }

    static String kindOf(String cursor) {
        return decode(cursor).split(":", 2)[0];
    }

    static String activity(ActivityKey key) {
        Instant at = key.lastActivityAt();
        return encode("c:" + at.getEpochSecond() + ":" + at.getNano() + ":" + key.id());
    }

    static ActivityKey activityOf(String cursor) {
        String[] parts = decode(cursor).split(":", 4);
        if (parts.length != 4 || !parts[0].equals("c")) {
            throw invalid();
        }
        try {
            long nanos = Long.parseLong(parts[2]);
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), nanos);
            if (nanos < 0 || nanos > 999_999_999 || at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                throw invalid();
            }
            ActivityKey key = new ActivityKey(at, new ConversationId(UUID.fromString(parts[3])));
            return requireCanonical(cursor, activity(key), key);
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            throw invalid();
        }
    }

    /**
     * A cursor is valid only as this server wrote it: decoding and encoding again must give it back, so no
     * forged variant (a "+5", a padded or re-cased id, trailing bytes) reaches a query.
     */
    private static <T> T requireCanonical(String cursor, String reencoded, T decoded) {
        if (!reencoded.equals(cursor)) {
            throw invalid();
        }
        return decoded;
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    private static ParleyException invalid() {
        return ParleyException.invalid("cursor", "is not a cursor this endpoint returned");
    }
}

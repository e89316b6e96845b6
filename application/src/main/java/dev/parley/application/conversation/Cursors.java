package dev.parley.application.conversation;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.out.ConversationRepository.ActivityKey;
import dev.parley.domain.shared.ParleyException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Opaque keyset cursors: base64url of a kind letter and the key, so clients cannot depend on their shape. */
final class Cursors {
    static final String BEFORE = "b";
    static final String AFTER = "a";

    private Cursors() {
    }

    static String seq(String kind, long seq) {
        return encode(kind + ":" + seq);
    }

    /** The seq of a cursor of {@code kind}; any other cursor is a 400 on {@code cursor}. */
    static long seqOf(String cursor, String kind) {
        String[] parts = decode(cursor).split(":", 2);
        if (parts.length != 2 || !parts[0].equals(kind)) {
            throw invalid();
        }
        try {
            return Long.parseLong(parts[1]);
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
            return new ActivityKey(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                    new ConversationId(UUID.fromString(parts[3])));
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            throw invalid();
        }
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

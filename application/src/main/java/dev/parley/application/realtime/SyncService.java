package dev.parley.application.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.SyncChanges;
import dev.parley.domain.realtime.in.SyncUseCase;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.domain.shared.ParleyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Catch-up after a disconnect. A token is an opaque instant of the database clock, issued a little in the
 * past ({@link #OVERLAP}) so that a change committed late (its timestamp taken before commit) or stamped by
 * a slightly different clock is reported again rather than missed; entries are states, not deltas, so a
 * repeat is harmless. Tokens older than the retention ({@code maxAge}) ask the client to reload instead.
 */
public final class SyncService implements SyncUseCase {
    static final Duration OVERLAP = Duration.ofSeconds(10);
    private static final String PREFIX = "s1:";

    private final ChangeFeed feed;
    private final Duration maxAge;

    public SyncService(ChangeFeed feed, Duration maxAge) {
        this.feed = feed;
        this.maxAge = maxAge;
    }

    @Override
    public SyncChanges since(UserId caller, String since) {
        Instant after = since == null ? null : decode(since);
        Instant now = feed.now();
        String next = encode(now.minus(OVERLAP));
        if (after == null) {
            return new SyncChanges(next, false, List.of(), List.of(), List.of());
        }
        if (after.isBefore(now.minus(maxAge)) || after.isAfter(now.plus(OVERLAP))) {
            return new SyncChanges(next, true, List.of(), List.of(), List.of());
        }
        return new SyncChanges(next, false, feed.conversations(caller, after), feed.contactRequests(caller, after),
                feed.calls(caller, after));
    }

    static String encode(Instant instant) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + instant.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
    }

    private static Instant decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException(token);
            }
            return Instant.ofEpochMilli(Long.parseLong(raw.substring(PREFIX.length())));
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            throw ParleyException.invalid("since", "is not a token returned as next_since");
        }
    }
}

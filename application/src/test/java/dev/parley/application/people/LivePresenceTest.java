package dev.parley.application.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.Presence;
import dev.parley.domain.realtime.PresenceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LivePresenceTest {
    private final UserId online = new UserId(UUID.randomUUID());
    private final UserId away = new UserId(UUID.randomUUID());
    private final Instant lastSeen = Instant.parse("2026-11-21T09:00:00Z");
    private final LivePresence presence = new LivePresence(user -> user.equals(online)
            ? new dev.parley.domain.realtime.Presence(user, PresenceStatus.ONLINE, Optional.empty())
            : new dev.parley.domain.realtime.Presence(user, PresenceStatus.OFFLINE, Optional.of(lastSeen)));

    @Test
    void reports_what_real_time_presence_knows_in_the_wire_spelling() {
        Map<UserId, Presence> known = presence.presenceOf(List.of(online, away));

        assertThat(known).containsEntry(online, new Presence("online", null))
                .containsEntry(away, new Presence("offline", lastSeen));
    }
}

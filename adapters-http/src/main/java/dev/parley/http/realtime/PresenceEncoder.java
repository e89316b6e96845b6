package dev.parley.http.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.PresenceChanged;
import dev.parley.domain.realtime.out.PresenceWatchers;
import dev.parley.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code presence} to whoever may watch the user (contacts and peers, as the watchers port decides). */
final class PresenceEncoder implements EventEncoder {
    record PresenceFrame(String type, UUID userId, String status, Instant lastSeenAt) {
    }

    private final PresenceWatchers watchers;

    PresenceEncoder(PresenceWatchers watchers) {
        this.watchers = watchers;
    }

    @Override
    public List<Delivery> encode(DomainEvent event) {
        if (!(event instanceof PresenceChanged changed)) {
            return List.of();
        }
        Set<UserId> audience = watchers.watchersOf(changed.userId());
        if (audience.isEmpty()) {
            return List.of();
        }
        String json = Frames.json(new PresenceFrame("presence", changed.userId().value(), changed.status().wire(),
                changed.lastSeenAt().orElse(null)));
        return List.of(Delivery.of(new Audience.Users(audience), json));
    }
}

package dev.parley.http.realtime;

import dev.parley.domain.realtime.PresenceChanged;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@code presence}: a user's status and when they were last seen. */
final class PresenceEncoder implements EventEncoder {
    record PresenceFrame(String type, UUID userId, String status, Instant lastSeenAt) {
    }

    @Override
    public Optional<WireFrame> encode(DomainEvent event) {
        if (!(event instanceof PresenceChanged changed)) {
            return Optional.empty();
        }
        return Optional.of(Frames.wire(new PresenceFrame("presence", changed.userId().value(), changed.status().wire(),
                changed.lastSeenAt().orElse(null))));
    }
}

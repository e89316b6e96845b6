package dev.parley.http.realtime;

import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.DomainEvent;
import java.util.Optional;
import java.util.UUID;

/** {@code session.revoked}, the last frame a revoked session's sockets get before they close with 4001. */
final class SessionRevokedEncoder implements EventEncoder {
    record SessionRevokedFrame(String type, UUID sessionId) {
    }

    @Override
    public Optional<WireFrame> encode(DomainEvent event) {
        if (!(event instanceof SessionRevoked revoked)) {
            return Optional.empty();
        }
        return Optional.of(Frames.wire(new SessionRevokedFrame("session.revoked", revoked.sessionId().value())));
    }
}

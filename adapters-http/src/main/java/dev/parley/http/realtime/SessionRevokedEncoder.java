package dev.parley.http.realtime;

import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;
import java.util.UUID;

/** {@code session.revoked} to the revoked session's sockets, which then close with 4001 on every node. */
final class SessionRevokedEncoder implements EventEncoder {
    record SessionRevokedFrame(String type, UUID sessionId) {
    }

    @Override
    public List<Delivery> encode(DomainEvent event) {
        if (!(event instanceof SessionRevoked revoked)) {
            return List.of();
        }
        String json = Frames.json(new SessionRevokedFrame("session.revoked", revoked.sessionId().value()));
        return List.of(new Delivery(new Audience.Session(revoked.sessionId()), json, Delivery.Effect.END_SESSION));
    }
}

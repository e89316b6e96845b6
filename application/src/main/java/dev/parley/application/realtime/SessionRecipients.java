package dev.parley.application.realtime;

import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;

/** A revoked session's sockets hear of it and then close, on every node. */
final class SessionRecipients implements AudienceRule {
    @Override
    public List<Addressed> address(DomainEvent event) {
        if (!(event instanceof SessionRevoked revoked)) {
            return List.of();
        }
        return List.of(new Addressed(new Audience.Session(revoked.sessionId()), Delivery.Effect.END_SESSION, revoked));
    }
}

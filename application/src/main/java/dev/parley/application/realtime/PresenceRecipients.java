package dev.parley.application.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.PresenceChanged;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;
import java.util.Set;

/** Presence changes go to whoever may watch the user ({@link PresenceAudience}); nobody watching, nothing sent. */
final class PresenceRecipients implements AudienceRule {
    private final PresenceAudience watchers;

    PresenceRecipients(PresenceAudience watchers) {
        this.watchers = watchers;
    }

    @Override
    public List<Addressed> address(DomainEvent event) {
        if (!(event instanceof PresenceChanged changed)) {
            return List.of();
        }
        Set<UserId> audience = watchers.watchersOf(changed.userId());
        return audience.isEmpty() ? List.of() : List.of(Addressed.to(new Audience.Users(audience), changed));
    }
}

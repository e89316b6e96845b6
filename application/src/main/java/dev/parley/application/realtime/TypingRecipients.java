package dev.parley.application.realtime;

import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.TypingChanged;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;

/**
 * Typing goes to the participants {@link TypingService} named (never the typer's own devices): still one
 * publish, the recipient ids ride in the header and each node picks its own sockets.
 */
final class TypingRecipients implements AudienceRule {
    @Override
    public List<Addressed> address(DomainEvent event) {
        if (!(event instanceof TypingChanged typing) || typing.recipients().isEmpty()) {
            return List.of();
        }
        return List.of(Addressed.to(new Audience.Users(typing.recipients()), typing));
    }
}

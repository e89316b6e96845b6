package dev.parley.http.realtime;

import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.TypingChanged;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;

/** {@code typing} to the conversation's other participants (never the typer's own devices). */
final class TypingEncoder implements EventEncoder {
    record TypingFrame(String type, String conversationId, String userId, String state) {
    }

    @Override
    public List<Delivery> encode(DomainEvent event) {
        if (!(event instanceof TypingChanged typing) || typing.recipients().isEmpty()) {
            return List.of();
        }
        String json = Frames.json(new TypingFrame("typing", typing.conversationId().toString(),
                typing.userId().toString(), typing.typing() ? "start" : "stop"));
        // Still one publish: the recipient ids ride in the header, each node picks its own sockets.
        return List.of(Delivery.of(new Audience.Users(typing.recipients()), json));
    }
}

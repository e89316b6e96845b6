package dev.parley.http.realtime;

import dev.parley.domain.realtime.TypingChanged;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.DomainEvent;
import java.util.Optional;

/** {@code typing} with {@code start} or {@code stop}. */
final class TypingEncoder implements EventEncoder {
    record TypingFrame(String type, String conversationId, String userId, String state) {
    }

    @Override
    public Optional<WireFrame> encode(DomainEvent event) {
        if (!(event instanceof TypingChanged typing)) {
            return Optional.empty();
        }
        return Optional.of(Frames.wire(new TypingFrame("typing", typing.conversationId().toString(),
                typing.userId().toString(), typing.typing() ? "start" : "stop")));
    }
}

package dev.parley.http.realtime;

import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.realtime.out.EventFrames;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Implements {@link EventFrames} with the features' {@link EventEncoder}s: the JSON the contract names, as UTF-8. */
public final class JsonEventFrames implements EventFrames {
    private final List<EventEncoder> encoders;

    public JsonEventFrames(Set<EventEncoder> encoders) {
        this.encoders = List.copyOf(encoders);
    }

    @Override
    public Optional<WireFrame> encode(DomainEvent event) {
        for (EventEncoder encoder : encoders) {
            Optional<WireFrame> frame = encoder.encode(event);
            if (frame.isPresent()) {
                return frame;
            }
        }
        return Optional.empty();
    }
}

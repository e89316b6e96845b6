package dev.parley.domain.realtime.out;

import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.DomainEvent;
import java.util.Optional;

/**
 * Outgoing port: encodes a committed event as the frame clients receive, once per event (every socket on
 * every node shares it). Empty when the event is not a client event. Who receives it is not its concern.
 */
@FunctionalInterface
public interface EventFrames {
    Optional<WireFrame> encode(DomainEvent event);
}

package dev.parley.http.realtime;

import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventPublisher;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Implements the application's {@link EventPublisher}: encodes each committed event through the
 * feature encoders and publishes the deliveries on the fan-out bus. Best effort: the use case has
 * already committed, so a failure is logged and clients recover through {@code seq} and sync.
 */
public final class RealtimeEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(RealtimeEventPublisher.class);

    private final FanoutBus bus;
    private final Set<EventEncoder> encoders;

    public RealtimeEventPublisher(FanoutBus bus, Set<EventEncoder> encoders) {
        this.bus = bus;
        this.encoders = Set.copyOf(encoders);
    }

    @Override
    public void publish(DomainEvent event) {
        for (EventEncoder encoder : encoders) {
            try {
                for (Delivery delivery : encoder.encode(event)) {
                    bus.publish(delivery);
                }
            } catch (RuntimeException failure) {
                LOG.warn("could not publish {}", event.getClass().getSimpleName(), failure);
            }
        }
    }
}

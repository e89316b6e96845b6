package dev.parley.http.realtime;

import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;

/**
 * Turns one kind of domain event into wire frames and their audiences. Each feature contributes its
 * encoders ({@code @IntoSet}); an encoder returns nothing for events that are not its own.
 */
@FunctionalInterface
public interface EventEncoder {
    List<Delivery> encode(DomainEvent event);
}

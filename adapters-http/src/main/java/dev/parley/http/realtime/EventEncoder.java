package dev.parley.http.realtime;

import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.DomainEvent;
import java.util.Optional;

/**
 * Turns one kind of domain event into its wire frame (who receives it is the application's decision). Each
 * feature contributes its encoders ({@code @IntoSet}); an encoder returns nothing for events that are not its own.
 */
@FunctionalInterface
public interface EventEncoder {
    Optional<WireFrame> encode(DomainEvent event);
}

package dev.parley.application.realtime;

import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.DomainEvent;
import java.util.Objects;

/**
 * One frame an {@link AudienceRule} decided to send: to whom, what the sockets do afterwards, and the event
 * whose frame it is (the committed event itself, or that event as one recipient sees it).
 */
record Addressed(Audience audience, Delivery.Effect effect, DomainEvent event) {
    Addressed {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(event, "event");
    }

    static Addressed to(Audience audience, DomainEvent event) {
        return new Addressed(audience, Delivery.Effect.NONE, event);
    }
}

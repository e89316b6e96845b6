package dev.parley.application.events;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The application's {@link EventPublisher}: hands every committed event to the delivery publisher
 * (real time) and to in-process listeners on this node (reactions between features, and tests that
 * observe what a node published).
 */
public final class ListenableEventPublisher implements EventPublisher {
    private final EventPublisher delivery;
    private final List<Consumer<DomainEvent>> listeners = new CopyOnWriteArrayList<>();

    public ListenableEventPublisher(EventPublisher delivery) {
        this.delivery = delivery;
    }

    public void listen(Consumer<DomainEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public void publish(DomainEvent event) {
        delivery.publish(event);
        listeners.forEach(listener -> listener.accept(event));
    }
}

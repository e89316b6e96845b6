package dev.parley.realtime.inprocess;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Realtime adapter for a single node: delivers committed events to in-process subscribers synchronously. */
public final class InProcessEventBus implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);

    private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<DomainEvent> subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public void publish(DomainEvent event) {
        for (Consumer<DomainEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException failure) {
                LOG.warn("event subscriber failed for {}", event.getClass().getSimpleName(), failure);
            }
        }
    }
}

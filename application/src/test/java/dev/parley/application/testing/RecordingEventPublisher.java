package dev.parley.application.testing;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Remembers published events so tests can assert what would reach clients. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(event);
    }

    public synchronized <T extends DomainEvent> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public synchronized List<DomainEvent> all() {
        return List.copyOf(events);
    }

    public synchronized void clear() {
        events.clear();
    }
}

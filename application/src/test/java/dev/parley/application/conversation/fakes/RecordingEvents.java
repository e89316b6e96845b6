package dev.parley.application.conversation.fakes;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fake: remembers every published event, in order. */
public final class RecordingEvents implements EventPublisher {
    private final List<DomainEvent> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        published.add(event);
    }

    public List<DomainEvent> published() {
        return List.copyOf(published);
    }

    public <T extends DomainEvent> List<T> ofType(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        published.clear();
    }
}

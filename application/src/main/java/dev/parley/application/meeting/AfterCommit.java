package dev.parley.application.meeting;

import dev.parley.domain.meeting.out.MeetingMedia;
import dev.parley.domain.shared.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What one meeting transaction leaves to do once it committed: events to publish, media-server calls to make. */
final class AfterCommit {
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<Consumer<MeetingMedia>> media = new ArrayList<>();

    AfterCommit event(DomainEvent event) {
        events.add(event);
        return this;
    }

    AfterCommit events(List<? extends DomainEvent> more) {
        events.addAll(more);
        return this;
    }

    AfterCommit media(Consumer<MeetingMedia> call) {
        media.add(call);
        return this;
    }

    List<DomainEvent> events() {
        return events;
    }

    List<Consumer<MeetingMedia>> mediaCalls() {
        return media;
    }
}

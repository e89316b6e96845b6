package dev.parley.application.meeting;

import dev.parley.domain.meeting.out.MeetingMedia;
import dev.parley.domain.shared.EventPublisher;

/**
 * Runs what a committed meeting transaction left to do: publishes its events (meeting and chat), then makes
 * its media-server calls, which are best effort and never throw (PostgreSQL already holds the truth).
 */
public final class MeetingAnnouncer {
    private final EventPublisher events;
    private final MeetingMedia media;

    public MeetingAnnouncer(EventPublisher events, MeetingMedia media) {
        this.events = events;
        this.media = media;
    }

    void announce(AfterCommit done) {
        done.events().forEach(events::publish);
        done.mediaCalls().forEach(call -> call.accept(media));
    }
}

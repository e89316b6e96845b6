package dev.parley.application.call;

import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallEvent;
import dev.parley.domain.call.CallState;
import dev.parley.domain.call.Ended;
import dev.parley.domain.call.Ringing;
import dev.parley.domain.call.Active;
import dev.parley.domain.call.out.MediaRooms;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventPublisher;
import java.util.List;

/**
 * Tells the world about a committed call transition: the {@code call.*} events for both parties' devices,
 * and the media room's end when an answered call is over. Runs after commit only.
 */
public final class CallAnnouncer {
    private final EventPublisher events;
    private final MediaRooms rooms;

    public CallAnnouncer(EventPublisher events, MediaRooms rooms) {
        this.events = events;
        this.rooms = rooms;
    }

    void placed(Call call) {
        events.publish(new CallEvent.Incoming(call));
    }

    /** Announces the move from {@code before} to {@code after}; presence-only changes are not news. */
    void moved(Call before, Call after) {
        if (before.state() instanceof Ringing && after.state() instanceof Active active) {
            rooms.open(after.room());
            events.publish(new CallEvent.Accepted(after));
            events.publish(new CallEvent.AnsweredElsewhere(after, active.answeredOn()));
        } else if (after.state() instanceof CallState.Finished && !(before.state() instanceof CallState.Finished)) {
            finished(after);
        }
    }

    /** Publishes what a call's notice recorded (its system message, a conversation created for it). */
    void publish(List<DomainEvent> noticed) {
        noticed.forEach(events::publish);
    }

    /** Announces a call that just finished, and closes its media room if it ever had one. */
    void finished(Call call) {
        if (call.state() instanceof Ended) {
            rooms.close(call.room());
        }
        events.publish(CallEvent.finished(call));
    }
}

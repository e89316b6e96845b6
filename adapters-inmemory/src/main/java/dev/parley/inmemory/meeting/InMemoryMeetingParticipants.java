package dev.parley.inmemory.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.inmemory.shared.UuidOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapter: meeting participants in a concurrent map, ordered as the port says. */
public final class InMemoryMeetingParticipants implements MeetingParticipants {
    private record Key(MeetingId meeting, UserId user) {
    }

    private final Map<Key, MeetingParticipant> rows = new ConcurrentHashMap<>();
    private final Set<Key> everJoined = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<MeetingParticipant> find(MeetingId meeting, UserId user) {
        return Optional.ofNullable(rows.get(new Key(meeting, user)));
    }

    @Override
    public List<MeetingParticipant> all(MeetingId meeting) {
        return rows.values().stream().filter(p -> p.meetingId().equals(meeting))
                .sorted(Comparator.comparing((MeetingParticipant p) -> rank(p.status()))
                        .thenComparing(MeetingParticipant::joinedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(p -> p.userId().value(), UuidOrder.UNSIGNED))
                .toList();
    }

    @Override
    public int countJoined(MeetingId meeting) {
        return (int) rows.values().stream()
                .filter(p -> p.meetingId().equals(meeting) && p.status() == ParticipantStatus.JOINED).count();
    }

    @Override
    public void save(MeetingParticipant participant) {
        Key key = new Key(participant.meetingId(), participant.userId());
        // The name is the one of the first save, as the database keeps it; compute keeps read and write atomic.
        rows.compute(key, (ignored, known) -> new MeetingParticipant(participant.meetingId(), participant.userId(),
                known == null ? participant.displayName() : known.displayName(), participant.role(),
                participant.status(), participant.joinedAt(), participant.leftAt(), participant.media()));
        if (participant.joinedAt() != null) {
            everJoined.add(key);
        }
    }

    boolean everJoined(MeetingId meeting, UserId user) {
        return everJoined.contains(new Key(meeting, user));
    }

    private static int rank(ParticipantStatus status) {
        return switch (status) {
            case JOINED -> 0;
            case WAITING -> 1;
            case LEFT -> 2;
            case REMOVED -> 3;
        };
    }
}

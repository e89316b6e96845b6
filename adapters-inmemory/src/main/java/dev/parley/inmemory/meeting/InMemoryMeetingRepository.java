package dev.parley.inmemory.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingState;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** In-memory adapter: meetings in a concurrent map; "joined" for listings is asked of {@link InMemoryMeetingParticipants}. */
public final class InMemoryMeetingRepository implements MeetingRepository {
    private final Map<MeetingId, Meeting> meetings = new ConcurrentHashMap<>();
    private final InMemoryMeetingParticipants participants;

    public InMemoryMeetingRepository(InMemoryMeetingParticipants participants) {
        this.participants = participants;
    }

    @Override
    public synchronized boolean insert(Meeting meeting) {
        if (meetings.values().stream().anyMatch(other -> other.code().equals(meeting.code()))) {
            return false;
        }
        meetings.put(meeting.id(), meeting);
        return true;
    }

    @Override
    public Optional<Meeting> find(MeetingId id) {
        return Optional.ofNullable(meetings.get(id));
    }

    @Override
    public Optional<Meeting> findByCode(MeetingCode code) {
        return meetings.values().stream().filter(meeting -> meeting.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Meeting> lock(MeetingId id) {
        return find(id);
    }

    @Override
    public void update(Meeting meeting) {
        meetings.put(meeting.id(), meeting);
    }

    @Override
    public List<Meeting> listFor(UserId user, MeetingId before, int limit) {
        Predicate<Meeting> mine = meeting -> meeting.isHost(user) || participants.everJoined(meeting.id(), user);
        return meetings.values().stream().filter(mine)
                .filter(meeting -> before == null || UuidOrder.UNSIGNED.compare(meeting.id().value(), before.value()) < 0)
                .sorted(Comparator.comparing((Meeting meeting) -> meeting.id().value(), UuidOrder.UNSIGNED).reversed())
                .limit(limit).toList();
    }

    @Override
    public List<Meeting> claimDue(Instant now, Duration emptyGrace, int limit) {
        return meetings.values().stream()
                .filter(meeting -> !(meeting.state() instanceof MeetingState.Ended))
                .filter(meeting -> !now.isBefore(meeting.expiresAt())
                        || (meeting.state() instanceof MeetingState.Active active && active.emptySince() != null
                            && !now.isBefore(active.emptySince().plus(emptyGrace))))
                .limit(limit).toList();
    }

    @Override
    public Optional<Meeting> findByEgress(String egressId) {
        return meetings.values().stream().filter(meeting -> egressId.equals(meeting.recording().egressId())).findFirst();
    }

    /**
     * Whether {@code file} is the recording of a meeting {@code reader} was let into and not removed from: the file
     * repository's read rule for recordings, as the database's join states it.
     */
    public boolean recordedWhereJoined(FileId file, UserId reader) {
        return meetings.values().stream()
                .filter(meeting -> meeting.recording() != null && file.value().equals(meeting.recording().fileId()))
                .anyMatch(meeting -> participants.everJoined(meeting.id(), reader)
                        && participants.find(meeting.id(), reader)
                                .filter(participant -> participant.status() != ParticipantStatus.REMOVED).isPresent());
    }
}

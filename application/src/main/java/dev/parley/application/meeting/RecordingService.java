package dev.parley.application.meeting;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingStatus;
import dev.parley.domain.meeting.RecordingStatus;
import dev.parley.domain.meeting.in.RecordMeetingUseCase;
import dev.parley.domain.meeting.out.MeetingMedia;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * The host starts and stops the meeting's LiveKit Egress recording. Starting chooses the Parley file id the
 * recording will have and has the egress write its MP4 straight to that file's storage key. Starting waits (a few seconds at most, never
 * inside a transaction) for the egress id that later webhooks name; when LiveKit does not start one the answer
 * is 503 {@code unavailable} and nothing changed. Stopping is recorded at once and told to LiveKit after commit.
 */
public final class RecordingService implements RecordMeetingUseCase {
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingMedia media;
    private final Transactions transactions;
    private final Clock clock;

    public RecordingService(MeetingRepository meetings, MeetingParticipants participants, UserRepository users,
                            MeetingMedia media, Transactions transactions, Clock clock) {
        this.meetings = meetings;
        this.access = new MeetingAccess(meetings, participants, users);
        this.media = media;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Meeting start(Principal host, MeetingId id) {
        Meeting meeting = startable(host, access.find(id));
        // the egress writes next to this (not yet registered) file's key, at <key>.mp4; egress_ended registers it
        FileId output = new FileId(Ids.newId(clock.instant()));
        Optional<String> egress = media.startRecording(meeting.room(), StorageKey.incomingMp4(output));
        if (egress.isEmpty()) {
            throw new ParleyException(ErrorCode.UNAVAILABLE, "the media server did not start the recording; try again");
        }
        Optional<Meeting> started = transactions.inTransaction(() -> {
            Meeting current = startable(host, access.lock(id));
            Meeting recording = current.withRecording(current.recording().started(egress.get(), output.value()));
            meetings.update(recording);
            return Optional.of(recording);
        });
        return started.orElseThrow();
    }

    @Override
    public Meeting stop(Principal host, MeetingId id) {
        Meeting stopped = transactions.inTransaction(() -> {
            Meeting meeting = access.requireVisible(access.lock(id), host.userId());
            meeting.requireHost(host.userId());
            if (meeting.recording().status() != RecordingStatus.ACTIVE) {
                throw ParleyException.conflict("the meeting is not being recorded");
            }
            Meeting next = meeting.withRecording(meeting.recording().stopped());
            meetings.update(next);
            return next;
        });
        String egress = stopped.recording().egressId();
        if (egress != null) {
            media.stopRecording(egress);
        }
        return stopped;
    }

    private Meeting startable(Principal host, Meeting meeting) {
        access.requireVisible(meeting, host.userId()).requireHost(host.userId());
        meeting.requireOpen(clock.instant());
        if (meeting.status() != MeetingStatus.ACTIVE) {
            throw ParleyException.conflict("a meeting is recorded once it has started");
        }
        if (meeting.recording().status() == RecordingStatus.ACTIVE) {
            throw ParleyException.conflict("the meeting is already being recorded");
        }
        return meeting;
    }
}

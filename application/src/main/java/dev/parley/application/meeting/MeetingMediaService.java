package dev.parley.application.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.FileName;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.in.AdoptStoredBytesUseCase;
import dev.parley.domain.meeting.MediaState;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingState;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.Recording;
import dev.parley.domain.meeting.RecordingStatus;
import dev.parley.domain.meeting.in.FollowMeetingMediaUseCase;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.meeting.out.MeetingTracks;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Keeps meetings true to LiveKit's webhooks. Track events set {@code is_muted}, {@code is_video_on} and
 * {@code is_sharing} (per track, newest event wins, unpublished is final); {@code participant_left} for someone
 * still joined since before the event counts as leaving (so crashed clients do not keep a meeting alive);
 * egress events move the recording, and {@code egress_ended} with a completed file registers the bytes the egress
 * wrote at the recording's pre-chosen file key (moved from {@code <key>.mp4}) as a Parley file of the host ({@code video/mp4}, never swept), so
 * {@code recording.file_id} appears; a failed egress or a missing object leaves it null. Unknown rooms, users and
 * egresses are ignored.
 */
public final class MeetingMediaService implements FollowMeetingMediaUseCase {
    private final MeetingRepository meetings;
    private final MeetingParticipants participants;
    private final MeetingTracks tracks;
    private final MeetingAccess access;
    private final MeetingDeparture departure;
    private final MeetingAnnouncer announcer;
    private final AdoptStoredBytesUseCase recordings;
    private final Transactions transactions;
    private final Clock clock;

    public MeetingMediaService(MeetingRepository meetings, MeetingParticipants participants, MeetingTracks tracks,
                               UserRepository users, MeetingChat chat, MeetingAnnouncer announcer,
                               AdoptStoredBytesUseCase recordings, Transactions transactions, Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.tracks = tracks;
        this.access = new MeetingAccess(meetings, participants, users);
        this.departure = new MeetingDeparture(participants, access, new MeetingEntry(meetings, access, chat));
        this.announcer = announcer;
        this.recordings = recordings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void follow(MediaEvent event) {
        if (event.egress() != null) {
            recording(event);
            return;
        }
        Optional<MeetingId> meeting = MeetingId.ofRoom(event.room());
        Optional<UserId> user = event.user();
        if (meeting.isEmpty() || user.isEmpty()) {
            return;
        }
        Instant at = event.createdAt() != null ? event.createdAt() : clock.instant();
        switch (event.kind()) {
            case PARTICIPANT_LEFT -> left(meeting.get(), user.get(), at);
            case TRACK_PUBLISHED, TRACK_UNMUTED, TRACK_MUTED, TRACK_UNPUBLISHED -> track(meeting.get(), user.get(), event, at);
            default -> {
                // joins are decided by token issuance; LiveKit closing an empty room does not end a meeting
            }
        }
    }

    private void left(MeetingId id, UserId user, Instant at) {
        Instant now = clock.instant();
        AfterCommit after = new AfterCommit();
        transactions.run(() -> meetings.lock(id).ifPresent(meeting -> participants.find(id, user)
                // a leave LiveKit saw before the latest (re)join is old news
                .filter(p -> p.status() == ParticipantStatus.JOINED && p.joinedAt() != null
                        && !at.isBefore(p.joinedAt().truncatedTo(ChronoUnit.SECONDS)))
                .ifPresent(p -> departure.leave(meeting, p, now, after))));
        announcer.announce(after);
    }

    private void track(MeetingId id, UserId user, MediaEvent event, Instant at) {
        if (event.track() == null) {
            return;
        }
        transactions.run(() -> meetings.lock(id).ifPresent(meeting -> participants.find(id, user)
                .filter(p -> p.status() == ParticipantStatus.JOINED)
                .ifPresent(p -> {
                    MediaEvent.Track track = event.kind() == MediaEvent.Kind.TRACK_MUTED
                            ? new MediaEvent.Track(event.track().sid(), event.track().source(), true)
                            : event.kind() == MediaEvent.Kind.TRACK_UNMUTED
                            ? new MediaEvent.Track(event.track().sid(), event.track().source(), false) : event.track();
                    MediaState media = tracks.record(id, user, track, event.kind() == MediaEvent.Kind.TRACK_UNPUBLISHED, at);
                    if (!media.equals(p.media())) {
                        participants.save(p.withMedia(media));
                    }
                })));
    }

    private void recording(MediaEvent event) {
        if (event.kind() != MediaEvent.Kind.EGRESS_STARTED && event.kind() != MediaEvent.Kind.EGRESS_ENDED) {
            return;
        }
        // egress_started confirms what starting already recorded; after egress_ended it is old news
        String egress = event.egress().id();
        Optional<Meeting> seen = meetings.findByEgress(egress).filter(m -> event.kind() == MediaEvent.Kind.EGRESS_ENDED);
        if (seen.isEmpty()) {
            return;
        }
        // read the (possibly large) recording once, before any lock; a failed egress leaves no file
        Recording before = seen.get().recording();
        Optional<AdoptStoredBytesUseCase.Measured> bytes = event.egress().completed() && before.outputId() != null
                && before.fileId() == null ? claim(new FileId(before.outputId())) : Optional.empty();
        transactions.run(() -> meetings.lock(seen.get().id()).ifPresent(meeting -> {
            Recording now = meeting.recording();
            if (!egress.equals(now.egressId())) {
                return;
            }
            Recording next = now.location() == null || now.status() != RecordingStatus.STOPPED
                    ? now.finished(event.egress().location()) : now;
            if (bytes.isPresent() && next.fileId() == null) {
                recordings.adopt(new FileId(next.outputId()), meeting.host(), fileName(meeting), "video/mp4", bytes.get(),
                        clock.instant());
                next = next.filed();
            }
            if (!next.equals(now)) {
                meetings.update(meeting.withRecording(next));
            }
        }));
    }

    /** The recording's bytes, moved to its file's key; a storage failure is 503 (LiveKit may resend), changing nothing. */
    private Optional<AdoptStoredBytesUseCase.Measured> claim(FileId file) {
        try {
            return recordings.claim(StorageKey.incomingMp4(file), file);
        } catch (RuntimeException storageFailed) {
            ParleyException unavailable = new ParleyException(ErrorCode.UNAVAILABLE,
                    "the recording could not be read from the file storage");
            unavailable.initCause(storageFailed);
            throw unavailable;
        }
    }

    /** "Weekly sync 2026-12-03.mp4": the title and the (UTC) day the meeting started. */
    private String fileName(Meeting meeting) {
        Instant started = switch (meeting.state()) {
            case MeetingState.Active active -> active.startedAt();
            case MeetingState.Ended ended -> ended.startedAt();
            default -> null;
        };
        LocalDate day = LocalDate.ofInstant(started != null ? started : clock.instant(), ZoneOffset.UTC);
        return FileName.clean(meeting.details().title() + " " + day + ".mp4");
    }
}

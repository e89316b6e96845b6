package dev.parley.application.meeting;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.meeting.EndReason;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.in.EditMeetingUseCase;
import dev.parley.domain.meeting.in.LeaveMeetingUseCase;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;

/**
 * The host's edits, cancel and end, and anyone's leave: each under the meeting's row lock, so an end racing a
 * leave or the expiry timer leaves one consistent outcome. Grouped because they share that recipe.
 */
public final class EditMeetingService implements EditMeetingUseCase, LeaveMeetingUseCase {
    private final MeetingRepository meetings;
    private final MeetingParticipants participants;
    private final MeetingAccess access;
    private final MeetingDeparture departure;
    private final MeetingEnding ending;
    private final MeetingAnnouncer announcer;
    private final Transactions transactions;
    private final Clock clock;

    public EditMeetingService(MeetingRepository meetings, MeetingParticipants participants, UserRepository users,
                              MeetingChat chat, MeetingAnnouncer announcer, Transactions transactions, Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.access = new MeetingAccess(meetings, participants, users);
        this.departure = new MeetingDeparture(participants, access, new MeetingEntry(meetings, access, chat));
        this.ending = new MeetingEnding(meetings, participants, chat);
        this.announcer = announcer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Meeting edit(Principal host, MeetingId id, Changes changes) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Meeting meeting = visibleLocked(host, id);
            Edited edited = changes.apply(meeting.details(), meeting.settings());
            Meeting next = meeting.edit(host.userId(), edited.details(), edited.settings(), now);
            meetings.update(next);
            return next;
        });
    }

    @Override
    public Meeting cancel(Principal host, MeetingId id) {
        return finish(host, id, EndReason.CANCELLED);
    }

    @Override
    public Meeting end(Principal host, MeetingId id) {
        return finish(host, id, EndReason.HOST_ENDED);
    }

    @Override
    public MeetingParticipant leave(Principal user, MeetingId id) {
        Instant now = clock.instant();
        AfterCommit after = new AfterCommit();
        MeetingParticipant left = transactions.inTransaction(() -> {
            Meeting meeting = access.lock(id);
            MeetingParticipant participant = access.participant(id, user.userId())
                    .orElseThrow(() -> new ParleyException(dev.parley.domain.shared.ErrorCode.NOT_A_PARTICIPANT,
                            "you are not in this meeting"));
            return departure.leave(meeting, participant, now, after);
        });
        announcer.announce(after);
        return left;
    }

    private Meeting finish(Principal host, MeetingId id, EndReason reason) {
        Instant now = clock.instant();
        AfterCommit after = new AfterCommit();
        Meeting ended = transactions.inTransaction(() -> {
            Meeting meeting = visibleLocked(host, id);
            meeting.requireHost(host.userId());
            return ending.end(meeting, reason, now, after);
        });
        announcer.announce(after);
        return ended;
    }

    /** The meeting locked, for its host or someone who asked to join it; anyone else gets {@code not_found}. */
    private Meeting visibleLocked(Principal caller, MeetingId id) {
        return access.requireVisible(access.lock(id), caller.userId());
    }
}

package dev.parley.application.meeting;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.MediaGrant;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingPolicy;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.in.JoinMeetingUseCase;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.meeting.out.MeetingTokens;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Joins a meeting by code under the meeting's row lock, so capacity holds however many join at once on
 * however many nodes: exactly {@code max_participants} get in. The first join starts the meeting (and opens
 * its media room); a waiting-room guest gets no token until admitted.
 */
public final class JoinMeetingService implements JoinMeetingUseCase {
    private final MeetingRepository meetings;
    private final MeetingParticipants participants;
    private final MeetingAccess access;
    private final MeetingEntry entry;
    private final MeetingTokens tokens;
    private final MeetingAnnouncer announcer;
    private final Transactions transactions;
    private final Clock clock;

    public JoinMeetingService(MeetingRepository meetings, MeetingParticipants participants,
                              dev.parley.domain.account.out.UserRepository users, MeetingChat chat,
                              MeetingTokens tokens, MeetingAnnouncer announcer, Transactions transactions, Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.access = new MeetingAccess(meetings, participants, users);
        this.entry = new MeetingEntry(meetings, access, chat);
        this.tokens = tokens;
        this.announcer = announcer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Joined join(Principal user, MeetingCode code) {
        Instant now = clock.instant();
        MeetingId id = meetings.findByCode(code).map(Meeting::id).orElseThrow(MeetingAccess::notFound);
        String name = access.displayName(user.userId());
        AfterCommit after = new AfterCommit();
        Joined joined = transactions.inTransaction(() -> {
            Meeting meeting = access.lock(id);
            Optional<MeetingParticipant> existing = participants.find(id, user.userId());
            MeetingParticipant next = MeetingPolicy.join(meeting, user.userId(), name, existing,
                    participants.countJoined(id), now);
            if (existing.isPresent() && existing.get().equals(next)) {
                return new Joined(meeting, next, Optional.empty());
            }
            participants.save(next);
            if (next.status() == ParticipantStatus.WAITING) {
                after.event(new MeetingEvent(MeetingEvent.Kind.PARTICIPANT_WAITING, meeting, next,
                        access.moderators(meeting)));
                return new Joined(meeting, next, Optional.empty());
            }
            return new Joined(entry.entered(meeting, next, now, after), next, Optional.empty());
        });
        announcer.announce(after);
        if (joined.participant().status() != ParticipantStatus.JOINED) {
            return joined;
        }
        return new Joined(joined.meeting(), joined.participant(), Optional.of(grant(joined.meeting(), joined.participant())));
    }

    @Override
    public MediaGrant token(Principal user, MeetingId id) {
        Meeting meeting = access.find(id);
        MeetingParticipant participant = access.participant(id, user.userId()).orElseThrow(MeetingAccess::notFound);
        meeting.requireOpen(clock.instant());
        if (participant.status() != ParticipantStatus.JOINED) {
            throw ParleyException.forbidden(participant.status() == ParticipantStatus.WAITING
                    ? "you are waiting to be admitted" : "you are not in the meeting; join it again");
        }
        return grant(meeting, participant);
    }

    private MediaGrant grant(Meeting meeting, MeetingParticipant participant) {
        return tokens.grant(meeting.room(), participant.userId(), participant.displayName(), true,
                MeetingPolicy.startsMuted(meeting, participant.role()));
    }
}

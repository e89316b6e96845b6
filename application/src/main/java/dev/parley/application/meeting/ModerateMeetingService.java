package dev.parley.application.meeting;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingPolicy;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.in.ModerateMeetingUseCase;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Host and moderator controls, each under the meeting's row lock: admit (capacity permitting), remove (for
 * good: they cannot rejoin), mute (the media server mutes their microphone), and the host's role changes
 * (giving someone {@code host} hands the meeting over; the previous host becomes a moderator).
 */
public final class ModerateMeetingService implements ModerateMeetingUseCase {
    private final MeetingRepository meetings;
    private final MeetingParticipants participants;
    private final MeetingAccess access;
    private final MeetingEntry entry;
    private final MeetingChat chat;
    private final MeetingAnnouncer announcer;
    private final Transactions transactions;
    private final Clock clock;

    public ModerateMeetingService(MeetingRepository meetings, MeetingParticipants participants, UserRepository users,
                                  MeetingChat chat, MeetingAnnouncer announcer, Transactions transactions, Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.access = new MeetingAccess(meetings, participants, users);
        this.entry = new MeetingEntry(meetings, access, chat);
        this.chat = chat;
        this.announcer = announcer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MeetingParticipant admit(Principal actor, MeetingId id, UserId target) {
        return control(actor, id, target, (meeting, by, who, now, after) -> {
            MeetingParticipant admitted = MeetingPolicy.admit(meeting, by, who, participants.countJoined(id), now);
            if (admitted.equals(who)) {
                return who;
            }
            participants.save(admitted);
            Meeting current = entry.entered(meeting, admitted, now, after);
            Set<UserId> told = access.joined(id);
            after.event(new MeetingEvent(MeetingEvent.Kind.ADMITTED, current, admitted, told));
            return admitted;
        });
    }

    @Override
    public MeetingParticipant remove(Principal actor, MeetingId id, UserId target) {
        return control(actor, id, target, (meeting, by, who, now, after) -> {
            MeetingParticipant removed = MeetingPolicy.remove(meeting, by, who, now);
            if (removed.equals(who)) {
                return who;
            }
            participants.save(removed);
            Meeting current = who.status() == ParticipantStatus.JOINED
                    ? entry.exited(meeting, target, true, now, after) : meeting;
            Set<UserId> told = access.joined(id);
            told.add(target);
            after.event(new MeetingEvent(MeetingEvent.Kind.REMOVED, current, removed, told));
            after.media(media -> media.removeParticipant(meeting.room(), target));
            return removed;
        });
    }

    @Override
    public MeetingParticipant mute(Principal actor, MeetingId id, UserId target) {
        return control(actor, id, target, (meeting, by, who, now, after) -> {
            MeetingParticipant muted = MeetingPolicy.mute(meeting, by, who, now);
            participants.save(muted);
            after.event(new MeetingEvent(MeetingEvent.Kind.MUTED, meeting, muted, access.joined(id)));
            after.media(media -> media.muteMicrophone(meeting.room(), target));
            return muted;
        });
    }

    @Override
    public MeetingParticipant changeRole(Principal actor, MeetingId id, UserId target, MeetingRole role) {
        return control(actor, id, target, (meeting, by, who, now, after) -> {
            MeetingPolicy.requireMayChangeRole(meeting, by, who, now);
            if (who.role() == role) {
                return who;
            }
            MeetingParticipant changed = who.withRole(role);
            participants.save(changed);
            Meeting current = meeting;
            if (role == MeetingRole.HOST) {
                current = meeting.handedTo(target);
                meetings.update(current);
                MeetingParticipant former = by.withRole(MeetingRole.MODERATOR);
                if (participants.find(id, by.userId()).isPresent()) {
                    participants.save(former);
                    after.events(chat.roleChanged(current, former, now));
                    after.event(new MeetingEvent(MeetingEvent.Kind.ROLE_CHANGED, current, former, access.joined(id)));
                }
            }
            after.events(chat.roleChanged(current, changed, now));
            Set<UserId> told = access.joined(id);
            told.add(target);
            after.event(new MeetingEvent(MeetingEvent.Kind.ROLE_CHANGED, current, changed, told));
            return changed;
        });
    }

    private MeetingParticipant control(Principal actor, MeetingId id, UserId target, Control control) {
        Instant now = clock.instant();
        AfterCommit after = new AfterCommit();
        MeetingParticipant result = transactions.inTransaction(() -> {
            Meeting meeting = access.lock(id);
            MeetingParticipant by = access.actor(meeting, actor.userId());
            MeetingPolicy.requireModerator(meeting, by);
            MeetingParticipant who = access.target(meeting, target);
            return control.apply(meeting, by, who, now, after);
        });
        announcer.announce(after);
        return result;
    }

    /** One control applied to the locked meeting. */
    @FunctionalInterface
    private interface Control {
        MeetingParticipant apply(Meeting meeting, MeetingParticipant by, MeetingParticipant who, Instant now,
                                 AfterCommit after);
    }
}

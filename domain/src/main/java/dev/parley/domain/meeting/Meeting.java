package dev.parley.domain.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.Objects;

/**
 * A meeting: who hosts it, its code, what it is and how it runs, and where it is in its lifecycle. A meeting is
 * over once ended or past {@code expiresAt}, whichever comes first; every intent on an over meeting is
 * {@code meeting_ended}. Who may do what to whom is {@link MeetingPolicy}'s to say.
 */
public final class Meeting {
    private final MeetingId id;
    private final MeetingCode code;
    private final ConversationId conversationId;
    private final UserId host;
    private final MeetingDetails details;
    private final MeetingSettings settings;
    private final Instant createdAt;
    private final MeetingState state;
    private final Recording recording;

    private Meeting(MeetingId id, MeetingCode code, ConversationId conversationId, UserId host, MeetingDetails details,
                    MeetingSettings settings, Instant createdAt, MeetingState state, Recording recording) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
        this.host = Objects.requireNonNull(host, "host");
        this.details = Objects.requireNonNull(details, "details");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = Objects.requireNonNull(state, "state");
        this.recording = Objects.requireNonNull(recording, "recording");
    }

    /** A new meeting, scheduled until its first join; its chat is the conversation {@code conversationId}. */
    public static Meeting schedule(MeetingId id, MeetingCode code, ConversationId conversationId, UserId host,
                                   MeetingDetails details, MeetingSettings settings, Instant at) {
        return new Meeting(id, code, conversationId, host, details, settings, at, new MeetingState.Scheduled(),
                Recording.IDLE);
    }

    public static Meeting restore(MeetingId id, MeetingCode code, ConversationId conversationId, UserId host,
                                  MeetingDetails details, MeetingSettings settings, Instant createdAt,
                                  MeetingState state, Recording recording) {
        return new Meeting(id, code, conversationId, host, details, settings, createdAt, state, recording);
    }

    /** {@code scheduled_at} (or creation) plus the duration. */
    public Instant expiresAt() {
        Instant from = details.scheduledAt() != null ? details.scheduledAt() : createdAt;
        return from.plus(details.duration());
    }

    /** Ended, or past its expiry even if the timer has not caught up yet. */
    public boolean isOver(Instant now) {
        return state instanceof MeetingState.Ended || !now.isBefore(expiresAt());
    }

    /** Rejects with {@code meeting_ended} when the meeting is over. */
    public void requireOpen(Instant now) {
        if (isOver(now)) {
            throw new ParleyException(ErrorCode.MEETING_ENDED, "the meeting is over");
        }
    }

    /** The first join starts a scheduled meeting; somebody joining an active one ends its empty spell. */
    public Meeting occupied(Instant at) {
        requireOpen(at);
        return switch (state) {
            case MeetingState.Scheduled scheduled -> with(scheduled.start(at));
            case MeetingState.Active active -> with(active.occupied());
            case MeetingState.Ended ended -> this;
        };
    }

    /** The last joined participant left at {@code at}: the empty grace starts counting. */
    public Meeting emptied(Instant at) {
        return state instanceof MeetingState.Active active ? with(active.emptied(at)) : this;
    }

    /** Ends the meeting; ending one that is already ended is {@code meeting_ended}. */
    public Meeting end(EndReason reason, Instant at) {
        return switch (state) {
            case MeetingState.Scheduled scheduled -> with(scheduled.end(reason, at));
            case MeetingState.Active active -> with(active.end(reason, at));
            case MeetingState.Ended ended -> throw new ParleyException(ErrorCode.MEETING_ENDED, "the meeting is over");
        };
    }

    /** Ends the meeting by itself when its expiry or empty grace has passed; otherwise unchanged. */
    public Meeting endIfDue(Instant now, java.time.Duration emptyGrace) {
        if (state instanceof MeetingState.Ended) {
            return this;
        }
        if (!now.isBefore(expiresAt())) {
            return end(EndReason.EXPIRED, expiresAt().isAfter(now) ? now : expiresAt());
        }
        if (state instanceof MeetingState.Active active && active.emptySince() != null
                && !now.isBefore(active.emptySince().plus(emptyGrace))) {
            return end(EndReason.EMPTY, now);
        }
        return this;
    }

    /** The host changes what the meeting is and how it runs. */
    public Meeting edit(UserId by, MeetingDetails nextDetails, MeetingSettings nextSettings, Instant at) {
        requireHost(by);
        requireOpen(at);
        return new Meeting(id, code, conversationId, host, nextDetails, nextSettings, createdAt, state, recording);
    }

    /** Hands the meeting to another participant. */
    public Meeting handedTo(UserId newHost) {
        return new Meeting(id, code, conversationId, newHost, details, settings, createdAt, state, recording);
    }

    public Meeting withRecording(Recording next) {
        return new Meeting(id, code, conversationId, host, details, settings, createdAt, state, next);
    }

    /** Only the host may: everyone else who can see the meeting gets {@code forbidden}. */
    public void requireHost(UserId by) {
        if (!host.equals(by)) {
            throw ParleyException.forbidden("only the host can do this");
        }
    }

    public boolean isHost(UserId user) {
        return host.equals(user);
    }

    private Meeting with(MeetingState next) {
        return new Meeting(id, code, conversationId, host, details, settings, createdAt, next, recording);
    }

    public MeetingId id() {
        return id;
    }

    public MeetingCode code() {
        return code;
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    public UserId host() {
        return host;
    }

    public MeetingDetails details() {
        return details;
    }

    public MeetingSettings settings() {
        return settings;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public MeetingState state() {
        return state;
    }

    public Recording recording() {
        return recording;
    }

    public MeetingStatus status() {
        return state.status();
    }

    public String room() {
        return id.room();
    }
}

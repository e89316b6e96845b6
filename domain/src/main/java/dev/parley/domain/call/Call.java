package dev.parley.domain.call;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A 1:1 call: who calls whom with which media, and where it is in its lifecycle. Each intent checks who
 * asks (a stranger gets {@code not_found}, the wrong party {@code forbidden}) and then the state: a live
 * call in the wrong state is a {@code conflict}, a finished one is {@code call_ended}.
 */
public final class Call {
    private static final String ROOM_PREFIX = "call-";

    private final CallId id;
    private final UserId caller;
    private final UserId callee;
    private final CallMedia media;
    private final Instant createdAt;
    private final CallState state;

    private Call(CallId id, UserId caller, UserId callee, CallMedia media, Instant createdAt, CallState state) {
        this.id = Objects.requireNonNull(id, "id");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.callee = Objects.requireNonNull(callee, "callee");
        this.media = Objects.requireNonNull(media, "media");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = Objects.requireNonNull(state, "state");
        if (caller.equals(callee)) {
            throw ParleyException.invalid("callee_id", "you cannot call yourself");
        }
    }

    /** A new call, ringing until {@code deadline}. */
    public static Call place(CallId id, UserId caller, UserId callee, CallMedia media, Instant at, Instant deadline) {
        return new Call(id, caller, callee, media, at, new Ringing(deadline));
    }

    public static Call restore(CallId id, UserId caller, UserId callee, CallMedia media, Instant createdAt,
                               CallState state) {
        return new Call(id, caller, callee, media, createdAt, state);
    }

    /** The callee answers on one of its devices; the first device wins. */
    public Call accept(UserId by, SessionId on, Instant at) {
        requireCallee(by, "accept");
        return with(ringing(at).accept(on, at));
    }

    public Call decline(UserId by, Instant at) {
        requireCallee(by, "decline");
        return with(ringing(at).decline(at));
    }

    public Call cancel(UserId by, Instant at) {
        requireParty(by);
        if (!by.equals(caller)) {
            throw ParleyException.forbidden("only the caller can cancel a call; decline it instead");
        }
        return with(ringing(at).cancel(at));
    }

    /** Either party hangs up an answered call. */
    public Call end(UserId by, Instant at) {
        requireParty(by);
        return with(active().hangUp(by, at));
    }

    /** The ring timeout passed without an answer. */
    public Call miss(Instant at) {
        if (!(state instanceof Ringing ringing) || !ringing.isDue(at)) {
            throw ParleyException.conflict("only a call that rang past its deadline can be missed");
        }
        return with(ringing.miss(at));
    }

    /** Checks that {@code by} may join the media room now (a party of an answered call). */
    public void requireJoinable(UserId by) {
        requireParty(by);
        active();
    }

    /** LiveKit saw {@code who} join the room; anything but an active call is unaffected (webhooks may come late). */
    public Call mediaJoined(UserId who) {
        return changePresence(who, MediaPresence.Presence.JOINED, null);
    }

    /** LiveKit saw {@code who} leave; once both sides have left, the call ends. */
    public Call mediaLeft(UserId who, Instant at) {
        return changePresence(who, MediaPresence.Presence.LEFT, at);
    }

    /** LiveKit closed the room: an active call ends, anything else is unaffected. */
    public Call roomFinished(Instant at) {
        return state instanceof Active active ? with(active.closedByMedia(EndReason.ROOM_FINISHED, at)) : this;
    }

    public boolean isParty(UserId user) {
        return caller.equals(user) || callee.equals(user);
    }

    /** The other party, seen from {@code user}. */
    public UserId peerOf(UserId user) {
        return caller.equals(user) ? callee : caller;
    }

    /** The opaque LiveKit room of this call: derived from its id, never from user names. */
    public String room() {
        return ROOM_PREFIX + id;
    }

    /** The call a LiveKit room belongs to, if the room is a call's at all. */
    public static Optional<CallId> idOfRoom(String room) {
        if (room == null || !room.startsWith(ROOM_PREFIX) || room.length() != ROOM_PREFIX.length() + 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CallId(UUID.fromString(room.substring(ROOM_PREFIX.length()))));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private Call changePresence(UserId who, MediaPresence.Presence presence, Instant at) {
        if (!(state instanceof Active active) || !isParty(who)) {
            return this;
        }
        MediaPresence changed = who.equals(caller) ? active.presence().withCaller(presence)
                : active.presence().withCallee(presence);
        if (at != null && changed.bothLeft()) {
            return with(active.closedByMedia(EndReason.PARTICIPANTS_LEFT, at));
        }
        return changed.equals(active.presence()) ? this : with(active.withPresence(changed));
    }

    private Ringing ringing(Instant at) {
        return switch (state) {
            case Ringing ringing when ringing.isDue(at) -> throw over("the call was not answered in time");
            case Ringing ringing -> ringing;
            case Active active -> throw ParleyException.conflict("the call was already answered");
            case CallState.Finished finished -> throw over("the call is over (" + finished.status().wire() + ")");
        };
    }

    private Active active() {
        return switch (state) {
            case Active active -> active;
            case Ringing ringing -> throw ParleyException.conflict("the call has not been answered yet");
            case CallState.Finished finished -> throw over("the call is over (" + finished.status().wire() + ")");
        };
    }

    private void requireCallee(UserId by, String action) {
        requireParty(by);
        if (!by.equals(callee)) {
            throw ParleyException.forbidden("only the callee can " + action + " a call");
        }
    }

    private void requireParty(UserId by) {
        if (!isParty(by)) {
            throw ParleyException.notFound("call");
        }
    }

    private static ParleyException over(String message) {
        return new ParleyException(ErrorCode.CALL_ENDED, message);
    }

    private Call with(CallState next) {
        return new Call(id, caller, callee, media, createdAt, next);
    }

    public CallId id() {
        return id;
    }

    public UserId caller() {
        return caller;
    }

    public UserId callee() {
        return callee;
    }

    public CallMedia media() {
        return media;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public CallState state() {
        return state;
    }

    public CallStatus status() {
        return state.status();
    }

    public boolean isDue(Instant now) {
        return state instanceof Ringing ringing && ringing.isDue(now);
    }
}

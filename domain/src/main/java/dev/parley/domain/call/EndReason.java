package dev.parley.domain.call;

import java.util.Locale;

/** Why a call is over; finished calls always have one. */
public enum EndReason {
    /** The callee declined. */
    DECLINED,
    /** The caller hung up before anyone answered. */
    CANCELLED,
    /** Nobody answered within the ring timeout. */
    NO_ANSWER,
    /** A party pressed end. */
    HANGUP,
    /** Both parties left the media room. */
    PARTICIPANTS_LEFT,
    /** The media server closed the room. */
    ROOM_FINISHED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

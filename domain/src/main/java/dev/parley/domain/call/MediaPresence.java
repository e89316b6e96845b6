package dev.parley.domain.call;

import java.util.Objects;

/** Who of the two parties is in the media room, as LiveKit's webhooks tell it. */
public record MediaPresence(Presence caller, Presence callee) {
    /** One party's presence in the room. */
    public enum Presence { ABSENT, JOINED, LEFT }

    public static final MediaPresence NOBODY = new MediaPresence(Presence.ABSENT, Presence.ABSENT);

    public MediaPresence {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(callee, "callee");
    }

    public MediaPresence withCaller(Presence presence) {
        return new MediaPresence(presence, callee);
    }

    public MediaPresence withCallee(Presence presence) {
        return new MediaPresence(caller, presence);
    }

    /** Both sides were in the room and have left it. */
    public boolean bothLeft() {
        return caller == Presence.LEFT && callee == Presence.LEFT;
    }
}

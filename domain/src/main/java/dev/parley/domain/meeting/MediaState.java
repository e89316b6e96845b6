package dev.parley.domain.meeting;

/** What a participant sends, as LiveKit's webhooks tell it: microphone muted (or none), camera on, screen shared. */
public record MediaState(boolean muted, boolean videoOn, boolean sharing) {
    public static MediaState initial(boolean muted) {
        return new MediaState(muted, false, false);
    }
}

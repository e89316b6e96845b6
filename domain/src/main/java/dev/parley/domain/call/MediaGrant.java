package dev.parley.domain.call;

/** What a client needs to join a call's media: the LiveKit URL, the room and a short-lived join token. */
public record MediaGrant(String url, String room, String token) {
    @Override
    public String toString() {
        return "MediaGrant[url=" + url + ", room=" + room + ", token=****]";
    }
}

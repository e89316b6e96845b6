package dev.parley.http.call;

import dev.parley.domain.call.MediaGrant;

/** {@code livekit: {url, room, token}}: everything a client needs to join the call's media. */
public record LiveKitView(String url, String room, String token) {
    public static LiveKitView from(MediaGrant grant) {
        return new LiveKitView(grant.url(), grant.room(), grant.token());
    }
}

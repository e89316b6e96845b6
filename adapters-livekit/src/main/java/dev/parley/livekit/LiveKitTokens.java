package dev.parley.livekit;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaGrant;
import dev.parley.domain.call.out.MediaTokens;
import dev.parley.domain.meeting.out.MeetingTokens;
import io.livekit.server.AccessToken;
import io.livekit.server.CanPublish;
import io.livekit.server.CanPublishData;
import io.livekit.server.CanSubscribe;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomName;

/**
 * LiveKit adapter: join tokens with the least privilege a call needs: join this one room, publish,
 * subscribe and send data. Never {@code roomAdmin} or {@code roomCreate}; a short TTL, since LiveKit only
 * checks expiry when a client connects.
 */
final class LiveKitTokens implements MediaTokens, MeetingTokens {
    private final LiveKitSettings settings;

    LiveKitTokens(LiveKitSettings settings) {
        this.settings = settings;
    }

    @Override
    public MediaGrant grant(String room, UserId user, String displayName) {
        AccessToken token = new AccessToken(settings.apiKey(), settings.apiSecret());
        token.setIdentity(user.toString());
        token.setName(displayName);
        token.setTtl(settings.tokenTtl().toMillis());
        token.addGrants(new RoomJoin(true), new RoomName(room), new CanPublish(true), new CanSubscribe(true),
                new CanPublishData(true));
        return new MediaGrant(settings.url(), room, token.toJwt());
    }

    /**
     * A meeting room's token: publishing only when allowed; a participant who must start muted finds
     * {@code {"start_muted":true}} in its own participant metadata (LiveKit hands it to the client on connect).
     */
    @Override
    public MediaGrant grant(String room, UserId user, String displayName, boolean canPublish, boolean startMuted) {
        AccessToken token = new AccessToken(settings.apiKey(), settings.apiSecret());
        token.setIdentity(user.toString());
        token.setName(displayName);
        token.setMetadata("{\"start_muted\":" + startMuted + "}");
        token.setTtl(settings.tokenTtl().toMillis());
        token.addGrants(new RoomJoin(true), new RoomName(room), new CanPublish(canPublish), new CanSubscribe(true),
                new CanPublishData(true));
        return new MediaGrant(settings.url(), room, token.toJwt());
    }
}

package dev.parley.inmemory.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaGrant;
import dev.parley.domain.meeting.out.MeetingTokens;

/**
 * Adapter for a core without a media server: join grants that name the room but carry an empty URL and token, so
 * joining, leaving and moderating a meeting work while no client can (or tries to) join any media.
 */
public final class NoMeetingTokens implements MeetingTokens {
    @Override
    public MediaGrant grant(String room, UserId user, String displayName, boolean canPublish, boolean startMuted) {
        return new MediaGrant("", room, "");
    }
}

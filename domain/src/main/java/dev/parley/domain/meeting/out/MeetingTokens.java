package dev.parley.domain.meeting.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaGrant;

/**
 * Outgoing port: short-lived join tokens for a meeting's room: join, subscribe and data, publish only when
 * {@code canPublish}; {@code startMuted} travels in the participant's metadata so the client starts muted.
 */
@FunctionalInterface
public interface MeetingTokens {
    MediaGrant grant(String room, UserId user, String displayName, boolean canPublish, boolean startMuted);
}

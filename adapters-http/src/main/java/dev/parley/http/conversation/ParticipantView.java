package dev.parley.http.conversation;

import dev.parley.domain.conversation.Participant;
import java.time.Instant;

/** The wire form of a participant: {@code {user_id, role, joined_at}}. */
public record ParticipantView(String userId, String role, Instant joinedAt) {
    public static ParticipantView from(Participant participant) {
        return new ParticipantView(participant.userId().toString(), participant.role().wire(), participant.joinedAt());
    }
}

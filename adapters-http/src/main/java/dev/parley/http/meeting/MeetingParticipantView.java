package dev.parley.http.meeting;

import dev.parley.domain.meeting.MeetingParticipant;
import java.time.Instant;

/** One item of a meeting's participants (also the {@code participant} of every {@code meeting.*} event). */
public record MeetingParticipantView(String userId, String displayName, String role, String status, Instant joinedAt,
                                     Instant leftAt, boolean isMuted, boolean isVideoOn, boolean isSharing) {
    public static MeetingParticipantView from(MeetingParticipant participant) {
        if (participant == null) {
            return null;
        }
        return new MeetingParticipantView(participant.userId().toString(), participant.displayName(),
                participant.role().wire(), participant.status().wire(), participant.joinedAt(), participant.leftAt(),
                participant.media().muted(), participant.media().videoOn(), participant.media().sharing());
    }
}

package dev.parley.http.meeting;

/** Request bodies of the meeting endpoints, as clients send them. */
final class MeetingRequests {
    private MeetingRequests() {
    }

    /** {@code POST /meetings}; also the fields a {@code PATCH} may carry. */
    record Create(String title, String description, String scheduledAt, Integer durationMinutes, Settings settings) {
    }

    /** {@code settings}: every field optional. */
    record Settings(Integer maxParticipants, Boolean waitingRoom, Boolean muteOnJoin, Boolean allowChat) {
    }

    /** {@code POST /meetings/join}. */
    record Join(String code) {
    }

    /** {@code PATCH /meetings/{id}/participants/{user_id}}. */
    record ChangeRole(String role) {
    }

    /** {@code POST /meetings/{id}/messages}. */
    record Send(String content, String clientMsgId, String replyToId) {
    }
}

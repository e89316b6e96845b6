package dev.parley.http.conversation;

import java.util.List;

/** Request bodies of the conversation and message endpoints (snake_case on the wire). */
final class ConversationRequests {
    private ConversationRequests() {
    }

    record Create(String type, String participantId, List<String> participantIds, String name) {
    }

    record Update(String name, String topic, String avatarFileId) {
    }

    record AddParticipants(List<String> userIds) {
    }

    record ChangeRole(String role) {
    }

    record Send(String content, String clientMsgId, String replyToId, List<String> attachmentIds) {
    }

    record Edit(String content) {
    }

    record MarkRead(Long seq) {
    }
}

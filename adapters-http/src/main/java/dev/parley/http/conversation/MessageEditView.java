package dev.parley.http.conversation;

import dev.parley.domain.conversation.MessageEdit;
import java.time.Instant;

/** An earlier version of a message: its text, when it was written and when an edit replaced it. */
public record MessageEditView(String messageId, String content, Instant createdAt, Instant replacedAt) {
    public static MessageEditView from(MessageEdit edit) {
        return new MessageEditView(edit.messageId().toString(), edit.content(), edit.writtenAt(), edit.replacedAt());
    }
}

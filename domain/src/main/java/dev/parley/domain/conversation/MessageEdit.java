package dev.parley.domain.conversation;

import java.time.Instant;

/** An earlier version of an edited message: its text, when it was written and when it was replaced. */
public record MessageEdit(MessageId messageId, String content, Instant writtenAt, Instant replacedAt) {
}

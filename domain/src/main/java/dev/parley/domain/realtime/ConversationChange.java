package dev.parley.domain.realtime;

import dev.parley.domain.conversation.ConversationId;
import java.time.Instant;

/**
 * What a reconnecting client needs to know about one conversation that changed: its newest seq (fetch
 * {@code after_seq} from the client's own), the caller's read cursor and membership ({@code leftAt} set =
 * no longer a member; {@code deletedAt} set = the conversation is gone).
 */
public record ConversationChange(ConversationId id, String type, long lastSeq, long lastReadSeq, String role,
                                 Instant joinedAt, Instant leftAt, Instant updatedAt, Instant deletedAt) {
}

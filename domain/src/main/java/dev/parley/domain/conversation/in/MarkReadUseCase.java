package dev.parley.domain.conversation.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;

/** Use case: move the caller's read cursor forward (never back); returns the cursor afterwards. */
@FunctionalInterface
public interface MarkReadUseCase {
    long markRead(UserId caller, ConversationId id, long seq);
}

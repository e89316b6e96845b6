package dev.parley.domain.conversation.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.ConversationType;
import java.util.List;

/** Use case: start a direct conversation (idempotently, one per pair), a group or a broadcast. */
public interface CreateConversationUseCase {
    Created create(Command command);

    /** {@code participantId} for direct; {@code participantIds} and {@code name} for group and broadcast. */
    record Command(UserId caller, ConversationType type, UserId participantId, List<UserId> participantIds,
                   String name) {
    }

    /** The conversation; {@code created} is false when an existing direct conversation was returned. */
    record Created(ConversationSummary conversation, boolean created) {
    }
}

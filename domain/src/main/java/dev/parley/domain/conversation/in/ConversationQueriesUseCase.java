package dev.parley.domain.conversation.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.shared.Page;
import java.util.List;

/** Use case: read the caller's conversations, one conversation, and its participants. */
public interface ConversationQueriesUseCase {
    Page<ConversationSummary> list(UserId caller, String cursor, int limit);

    ConversationSummary get(UserId caller, ConversationId id);

    List<Participant> participants(UserId caller, ConversationId id);
}

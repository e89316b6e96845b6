package dev.parley.application.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.in.ConversationQueriesUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.ConversationRepository.ActivityKey;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.Page;
import dev.parley.domain.shared.ParleyException;
import java.util.List;

/** Reads conversations as the caller sees them; groups three small queries. */
public final class ConversationQueryService implements ConversationQueriesUseCase {
    private final ConversationRepository conversations;
    private final ConversationAccess access;

    public ConversationQueryService(ConversationRepository conversations,
                                    MessageRepository messages) {
        this.conversations = conversations;
        this.access = new ConversationAccess(conversations, messages);
    }

    @Override
    public Page<ConversationSummary> list(UserId caller, String cursor, int limit) {
        ActivityKey after = cursor == null ? null : Cursors.activityOf(cursor);
        List<ConversationSummary> rows = conversations.list(caller, after, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<ConversationSummary> page = rows.subList(0, limit);
        ConversationSummary last = page.get(limit - 1);
        return new Page<>(page, Cursors.activity(new ActivityKey(last.lastActivityAt(), last.conversation().id())));
    }

    @Override
    public ConversationSummary get(UserId caller, ConversationId id) {
        access.require(caller, id);
        return conversations.summary(id, caller).orElseThrow(() -> ParleyException.notFound("conversation"));
    }

    @Override
    public List<Participant> participants(UserId caller, ConversationId id) {
        access.require(caller, id);
        return conversations.participants(id);
    }
}

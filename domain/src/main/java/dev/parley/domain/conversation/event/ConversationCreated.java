package dev.parley.domain.conversation.event;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import java.util.List;

/** A conversation was created; {@code memberIds} are its participants at that moment (who must hear of it). */
public record ConversationCreated(Conversation conversation, List<UserId> memberIds) implements ConversationEvent {
    public ConversationCreated {
        memberIds = List.copyOf(memberIds);
    }

    @Override
    public ConversationId conversationId() {
        return conversation.id();
    }
}

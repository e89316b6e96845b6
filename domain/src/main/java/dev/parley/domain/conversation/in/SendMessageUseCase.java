package dev.parley.domain.conversation.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;
import java.util.List;

/** Use case: post a message; a repeated {@code clientMsgId} returns the original instead of a second message. */
public interface SendMessageUseCase {
    Sent send(Command command);

    record Command(UserId sender, ConversationId conversationId, String content, String clientMsgId,
                   MessageId replyToId, List<String> attachmentIds) {
    }

    /** The message; {@code created} is false when this was a retry of an earlier send. */
    record Sent(Message message, boolean created) {
    }
}

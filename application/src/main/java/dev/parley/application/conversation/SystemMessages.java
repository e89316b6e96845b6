package dev.parley.application.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.Ids;
import java.time.Instant;

/** Writes membership notices ("alice added bob") into the conversation, with their own seq, in the current transaction. */
final class SystemMessages {
    private final MessageRepository messages;
    private final UserRepository users;

    SystemMessages(MessageRepository messages, UserRepository users) {
        this.messages = messages;
        this.users = users;
    }

    /** {@code text} may name users as {@code {actor}} and {@code {target}}; they are replaced by usernames. */
    Message post(ConversationId conversationId, UserId actor, UserId target, String text, Instant at) {
        String content = text.replace("{actor}", name(actor)).replace("{target}", target == null ? "" : name(target));
        NewMessage notice = new NewMessage(new MessageId(Ids.newId(at)), conversationId, actor, MessageType.SYSTEM,
                content, null, null, at);
        return messages.append(notice).orElseThrow(() -> new IllegalStateException("a system message cannot collide"));
    }

    private String name(UserId userId) {
        return users.findById(userId).map(user -> user.username().value()).orElse("someone");
    }
}

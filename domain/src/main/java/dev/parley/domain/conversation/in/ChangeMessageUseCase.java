package dev.parley.domain.conversation.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;

/** Use case: edit (author), soft-delete (author, or group owner/admin) and restore (author) a message. */
public interface ChangeMessageUseCase {
    Message edit(UserId caller, MessageId id, String content);

    Message delete(UserId caller, MessageId id);

    Message restore(UserId caller, MessageId id);
}

package dev.parley.domain.conversation.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageEdit;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.shared.Page;
import java.util.List;

/** Use case: read history (keyset pages), single messages, their earlier versions, and search. */
public interface MessageQueriesUseCase {
    Page<Message> history(UserId caller, ConversationId id, HistoryQuery query);

    Message get(UserId caller, MessageId id);

    List<MessageEdit> edits(UserId caller, MessageId id);

    Page<Message> search(UserId caller, ConversationId id, String query, String cursor, int limit);

    /** At most one of {@code beforeSeq}, {@code afterSeq}, {@code cursor}; none = the newest page. */
    record HistoryQuery(Long beforeSeq, Long afterSeq, String cursor, int limit) {
    }
}

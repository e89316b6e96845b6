package dev.parley.application.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationRules;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageEdit;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.Page;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Text;
import java.util.List;

/**
 * Reads history, single messages, earlier versions and search results; every page is one keyset range scan.
 * A history page with rows costs one statement (the page guarded by the access rule); the access check runs
 * on its own only to explain an empty one.
 */
public final class MessageQueryService implements MessageQueriesUseCase {
    static final int MAX_QUERY = 200;
    private static final String SEARCH = "s";

    private final MessageRepository messages;
    private final ConversationAccess access;

    public MessageQueryService(ConversationRepository conversations, MessageRepository messages) {
        this.messages = messages;
        this.access = new ConversationAccess(conversations, messages);
    }

    @Override
    public Page<Message> history(UserId caller, ConversationId id, HistoryQuery query) {
        int given = (query.beforeSeq() == null ? 0 : 1) + (query.afterSeq() == null ? 0 : 1) + (query.cursor() == null ? 0 : 1);
        if (given > 1) {
            throw ParleyException.invalid("cursor", "use only one of before_seq, after_seq and cursor");
        }
        Long afterSeq = query.afterSeq();
        Long beforeSeq = query.beforeSeq();
        if (query.cursor() != null) {
            if (Cursors.AFTER.equals(Cursors.kindOf(query.cursor()))) {
                afterSeq = Cursors.seqOf(query.cursor(), Cursors.AFTER);
            } else {
                beforeSeq = Cursors.seqOf(query.cursor(), Cursors.BEFORE);
            }
        }
        int limit = query.limit();
        List<Message> rows = afterSeq != null
                ? messages.afterAsSeenBy(caller, id, afterSeq, limit + 1)
                : messages.beforeAsSeenBy(caller, id, beforeSeq == null ? Long.MAX_VALUE : beforeSeq, limit + 1);
        if (rows.isEmpty()) {
            // The guarded page says nothing about why it is empty: 404, 403, or a member past the end.
            access.require(caller, id);
        }
        return page(rows, limit, afterSeq != null ? Cursors.AFTER : Cursors.BEFORE);
    }

    @Override
    public Message get(UserId caller, MessageId id) {
        return access.requireMessage(caller, id).message();
    }

    @Override
    public List<MessageEdit> edits(UserId caller, MessageId id) {
        Message message = access.requireMessage(caller, id).message();
        return ConversationRules.mayReadEdits(message, caller) ? messages.edits(id) : List.of();
    }

    @Override
    public Page<Message> search(UserId caller, ConversationId id, String query, String cursor, int limit) {
        if (query == null || query.isBlank()) {
            throw ParleyException.invalid("q", "is required");
        }
        if (query.length() > MAX_QUERY) {
            throw ParleyException.invalid("q", "must be at most " + MAX_QUERY + " characters");
        }
        Text.check("q", query, Text.Lines.SINGLE);
        long beforeSeq = cursor == null ? Long.MAX_VALUE : Cursors.seqOf(cursor, SEARCH);
        access.require(caller, id);
        return page(messages.search(id, query.strip(), beforeSeq, limit + 1), limit, SEARCH);
    }

    private static Page<Message> page(List<Message> rows, int limit, String kind) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Message> page = rows.subList(0, limit);
        return new Page<>(page, Cursors.seq(kind, page.get(limit - 1).seq()));
    }
}

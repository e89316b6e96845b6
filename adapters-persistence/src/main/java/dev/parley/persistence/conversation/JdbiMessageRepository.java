package dev.parley.persistence.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageEdit;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.ParleyException;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence adapter: messages in PostgreSQL, appended with their seq in one statement. */
public final class JdbiMessageRepository implements MessageRepository {
    private static final String SELECT = "SELECT " + ConversationRows.MESSAGE + " FROM messages m ";
    /** History pages: one range scan of {@code messages_conversation_seq} each (no OFFSET). */
    static final String BEFORE = SELECT + "WHERE m.conversation_id = :c AND m.seq < :seq ORDER BY m.seq DESC LIMIT :limit";
    static final String AFTER = SELECT + "WHERE m.conversation_id = :c AND m.seq > :seq ORDER BY m.seq ASC LIMIT :limit";
    static final String SEARCH = SELECT + """
            WHERE m.conversation_id = :c AND m.deleted_at IS NULL AND m.seq < :seq
              AND m.search_vector @@ websearch_to_tsquery('simple', :q)
            ORDER BY m.seq DESC LIMIT :limit""";

    private final Database database;

    public JdbiMessageRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Message> append(NewMessage message) {
        // The UPDATE takes this conversation's row lock until commit: sends to one conversation queue here,
        // sends to others never meet. The counter and the row commit or roll back together: no holes.
        Optional<Long> seq = database.withHandle(handle -> handle.createQuery("""
                        WITH bumped AS (
                            UPDATE conversations
                               SET last_seq = last_seq + 1,
                                   last_activity_at = GREATEST(last_activity_at, CAST(:createdAt AS timestamptz))
                             WHERE id = CAST(:conversationId AS uuid) AND deleted_at IS NULL
                            RETURNING last_seq)
                        INSERT INTO messages (id, conversation_id, seq, sender_id, type, content, reply_to_id,
                                              client_msg_id, created_at)
                        SELECT CAST(:id AS uuid), CAST(:conversationId AS uuid), last_seq, CAST(:senderId AS uuid),
                               CAST(:type AS text), CAST(:content AS text), CAST(:replyToId AS uuid),
                               CAST(:clientMsgId AS text), CAST(:createdAt AS timestamptz)
                          FROM bumped
                        ON CONFLICT (conversation_id, sender_id, client_msg_id) DO NOTHING
                        RETURNING seq""")
                .bind("id", message.id().value())
                .bind("conversationId", message.conversationId().value())
                .bind("senderId", message.senderId().value())
                .bind("type", message.type().wire())
                .bind("content", message.content())
                .bind("replyToId", message.replyToId() == null ? null : message.replyToId().value())
                .bind("clientMsgId", message.clientMsgId())
                .bind("createdAt", Timestamps.bind(message.createdAt()))
                .mapTo(Long.class)
                .findOne());
        if (seq.isPresent()) {
            return Optional.of(message.withSeq(seq.get()));
        }
        if (message.clientMsgId() == null || !conversationIsLive(message.conversationId())) {
            throw ParleyException.notFound("conversation");
        }
        return Optional.empty();
    }

    @Override
    public List<AppendAnswer> appendAll(List<NewMessage> batch) {
        List<AppendAnswer> answers = database.withConnection(connection -> BatchAppender.append(connection, batch));
        // A retried client id answers the stored message, read with placeholders: load its files (rare).
        return answers.stream().map(answer -> answer instanceof Appended found && !found.created()
                ? new Appended(MessageFiles.loadOne(database, found.message()), false) : answer).toList();
    }

    private boolean conversationIsLive(ConversationId id) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM conversations WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id.value()).mapTo(Long.class).one()) > 0;
    }

    @Override
    public Optional<Message> findByClientMsgId(ConversationId conversationId, UserId senderId, String clientMsgId) {
        return database.withHandle(handle -> handle.createQuery(SELECT
                        + "WHERE m.conversation_id = :c AND m.sender_id = :s AND m.client_msg_id = :k")
                .bind("c", conversationId.value()).bind("s", senderId.value()).bind("k", clientMsgId)
                .map((rs, ctx) -> ConversationRows.message(rs)).findOne()).map(found -> MessageFiles.loadOne(database, found));
    }

    @Override
    public Optional<Message> find(MessageId id) {
        return database.withHandle(handle -> handle.createQuery(SELECT + "WHERE m.id = :id")
                .bind("id", id.value()).map((rs, ctx) -> ConversationRows.message(rs)).findOne())
                .map(found -> MessageFiles.loadOne(database, found));
    }

    @Override
    public List<Message> before(ConversationId conversationId, long beforeSeq, int limit) {
        return page(BEFORE, conversationId, beforeSeq, limit);
    }

    @Override
    public List<Message> after(ConversationId conversationId, long afterSeq, int limit) {
        return page(AFTER, conversationId, afterSeq, limit);
    }

    @Override
    public List<Message> beforeAsSeenBy(UserId reader, ConversationId conversationId, long beforeSeq, int limit) {
        return HistoryPages.read(database, HistoryPages.BEFORE, reader, conversationId, beforeSeq, limit);
    }

    @Override
    public List<Message> afterAsSeenBy(UserId reader, ConversationId conversationId, long afterSeq, int limit) {
        return HistoryPages.read(database, HistoryPages.AFTER, reader, conversationId, afterSeq, limit);
    }

    private List<Message> page(String sql, ConversationId conversationId, long seq, int limit) {
        return MessageFiles.load(database, database.withHandle(handle -> handle.createQuery(sql)
                .bind("c", conversationId.value()).bind("seq", seq).bind("limit", limit)
                .map((rs, ctx) -> ConversationRows.message(rs)).list()));
    }

    @Override
    public Message edit(MessageId id, String content, Instant at) {
        return MessageFiles.loadOne(database, database.withHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO message_edits (message_id, content, written_at, replaced_at)
                            SELECT id, content, coalesce(edited_at, created_at), :at FROM messages WHERE id = :id""")
                    .bind("id", id.value()).bind("at", Timestamps.bind(at)).execute();
            return handle.createQuery("UPDATE messages m SET content = :content, edited_at = :at WHERE m.id = :id RETURNING "
                            + ConversationRows.MESSAGE)
                    .bind("id", id.value()).bind("content", content).bind("at", Timestamps.bind(at))
                    .map((rs, ctx) -> ConversationRows.message(rs)).one();
        }));
    }

    @Override
    public List<MessageEdit> edits(MessageId id) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT message_id, content, written_at, replaced_at FROM message_edits
                         WHERE message_id = :id ORDER BY id DESC""")
                .bind("id", id.value())
                .map((rs, ctx) -> new MessageEdit(new MessageId(rs.getObject("message_id", UUID.class)),
                        rs.getString("content"), Timestamps.read(rs, "written_at"), Timestamps.read(rs, "replaced_at")))
                .list());
    }

    @Override
    public Message softDelete(MessageId id, Instant at, UserId by) {
        return setDeletedAt(id, at, by);
    }

    @Override
    public Optional<UserId> deletedBy(MessageId id) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT deleted_by FROM messages WHERE id = :id AND deleted_at IS NOT NULL"
                                + " AND deleted_by IS NOT NULL")
                .bind("id", id.value())
                .map((rs, ctx) -> new UserId(rs.getObject("deleted_by", UUID.class))).findOne());
    }

    @Override
    public Message restore(MessageId id, Instant at) {
        return setDeletedAt(id, null, null);
    }

    private Message setDeletedAt(MessageId id, Instant at, UserId by) {
        return MessageFiles.loadOne(database, database.withHandle(handle -> handle.createQuery(
                        "UPDATE messages m SET deleted_at = :at, deleted_by = :by WHERE m.id = :id RETURNING "
                                + ConversationRows.MESSAGE)
                .bind("id", id.value()).bind("at", Timestamps.bind(at)).bind("by", by == null ? null : by.value())
                .map((rs, ctx) -> ConversationRows.message(rs)).one()));
    }

    @Override
    public List<Message> search(ConversationId conversationId, String query, long beforeSeq, int limit) {
        return MessageFiles.load(database, database.withHandle(handle -> handle.createQuery(SEARCH)
                .bind("c", conversationId.value()).bind("seq", beforeSeq).bind("q", query).bind("limit", limit)
                .map((rs, ctx) -> ConversationRows.message(rs)).list()));
    }
}

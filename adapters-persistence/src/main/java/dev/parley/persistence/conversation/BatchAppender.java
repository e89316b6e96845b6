package dev.parley.persistence.conversation;

import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.out.MessageRepository.Appended;
import dev.parley.domain.file.Attachment;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Group commit of a whole batch in ONE statement (and, outside a transaction, one commit), whatever the
 * number of messages and conversations: the messages arrive as arrays, their live conversations are locked in
 * id order, client ids already stored are answered with the stored message, each counter is bumped once by its
 * number of new messages, and the new messages are inserted with consecutive seqs in batch order. Counters and
 * rows commit or fail together: there is deliberately no {@code ON CONFLICT}, so a client id stored by a
 * concurrent send after this statement's snapshot fails the whole statement (unique violation) instead of
 * skipping a row whose seq was taken. Every look-up is written as an index probe per input row ({@code = ANY},
 * {@code LATERAL}): the planner cannot size the input arrays, and a hash join would scan the whole messages
 * table once per batch. Plain JDBC: one prepared statement on this hot path; repeats of a client id inside the
 * batch are settled in Java beforehand.
 */
final class BatchAppender {
    private static final String APPEND = """
            WITH input AS (
                SELECT * FROM unnest(?::int[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[],
                                     ?::text[], ?::timestamptz[], ?::text[])
                    AS i(ord, id, conversation_id, sender_id, type, content, reply_to_id, client_msg_id, created_at,
                         attachment_ids)
            ), locked AS (
                SELECT c.id FROM conversations c
                 WHERE c.id = ANY (ARRAY(SELECT DISTINCT conversation_id FROM input)) AND c.deleted_at IS NULL
                 ORDER BY c.id FOR UPDATE
            ), stored AS (
                SELECT i.ord, """ + ConversationRows.MESSAGE + """
                  FROM input i CROSS JOIN LATERAL (
                        SELECT * FROM messages s
                         WHERE s.conversation_id = i.conversation_id AND s.sender_id = i.sender_id
                           AND s.client_msg_id = i.client_msg_id) m
                 WHERE i.client_msg_id IS NOT NULL
            ), fresh AS (
                SELECT i.*, row_number() OVER (PARTITION BY i.conversation_id ORDER BY i.ord) AS n
                  FROM input i JOIN locked l ON l.id = i.conversation_id
                 WHERE i.ord NOT IN (SELECT ord FROM stored)
            ), counts AS (
                SELECT conversation_id, count(*) AS k, max(created_at) AS latest FROM fresh GROUP BY conversation_id
            ), bumped AS (
                UPDATE conversations c
                   SET last_seq = c.last_seq + counts.k, last_activity_at = GREATEST(c.last_activity_at, counts.latest)
                  FROM counts WHERE c.id = counts.conversation_id
                RETURNING c.id, c.last_seq - counts.k AS base
            ), inserted AS (
                INSERT INTO messages (id, conversation_id, seq, sender_id, type, content, reply_to_id, client_msg_id,
                                      created_at, attachment_ids)
                SELECT f.id, f.conversation_id, b.base + f.n, f.sender_id, f.type, f.content, f.reply_to_id,
                       f.client_msg_id, f.created_at, f.attachment_ids::uuid[]
                  FROM fresh f JOIN bumped b ON b.id = f.conversation_id
                RETURNING id, seq
            )
            SELECT 'new' AS kind, i.ord, x.seq, NULL::uuid AS id, NULL::uuid AS conversation_id,
                   NULL::uuid AS sender_id, NULL::text AS type, NULL::text AS content, NULL::uuid AS reply_to_id,
                   NULL::text AS client_msg_id, NULL::timestamptz AS created_at, NULL::timestamptz AS edited_at,
                   NULL::timestamptz AS deleted_at, NULL::uuid[] AS attachment_ids
              FROM inserted x JOIN input i ON i.id = x.id
            UNION ALL
            SELECT 'stored', s.ord, s.seq, s.id, s.conversation_id, s.sender_id, s.type, s.content, s.reply_to_id,
                   s.client_msg_id, s.created_at, s.edited_at, s.deleted_at, s.attachment_ids
              FROM stored s""";

    private BatchAppender() {
    }

    /** One answer per message, in order; empty where the conversation is missing or deleted. */
    static List<Optional<Appended>> append(Connection connection, List<NewMessage> batch) throws SQLException {
        Map<String, Integer> firstByClientId = new HashMap<>();
        int[] original = new int[batch.size()];
        List<Integer> distinct = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            NewMessage message = batch.get(index);
            String key = message.clientMsgId() == null ? null
                    : message.conversationId() + "/" + message.senderId() + "/" + message.clientMsgId();
            Integer first = key == null ? null : firstByClientId.putIfAbsent(key, index);
            original[index] = first == null ? index : first;
            if (first == null) {
                distinct.add(index);
            }
        }
        Appended[] answers = new Appended[batch.size()];
        try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
            bind(connection, statement, batch, distinct);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    int index = rs.getInt("ord");
                    answers[index] = "new".equals(rs.getString("kind"))
                            ? new Appended(batch.get(index).withSeq(rs.getLong("seq")), true)
                            : new Appended(ConversationRows.message(rs), false);
                }
            }
        }
        List<Optional<Appended>> result = new ArrayList<>(batch.size());
        for (int index = 0; index < batch.size(); index++) {
            Appended first = answers[original[index]];
            result.add(first == null ? Optional.empty()
                    : Optional.of(original[index] == index ? first : new Appended(first.message(), false)));
        }
        return result;
    }

    private static void bind(Connection connection, PreparedStatement statement, List<NewMessage> batch,
                             List<Integer> distinct) throws SQLException {
        statement.setArray(1, connection.createArrayOf("int4", distinct.toArray()));
        statement.setArray(2, array(connection, "uuid", batch, distinct, message -> message.id().value()));
        statement.setArray(3, array(connection, "uuid", batch, distinct, message -> message.conversationId().value()));
        statement.setArray(4, array(connection, "uuid", batch, distinct, message -> message.senderId().value()));
        statement.setArray(5, array(connection, "text", batch, distinct, message -> message.type().wire()));
        statement.setArray(6, array(connection, "text", batch, distinct, NewMessage::content));
        statement.setArray(7, array(connection, "uuid", batch, distinct,
                message -> message.replyToId() == null ? null : message.replyToId().value()));
        statement.setArray(8, array(connection, "text", batch, distinct, NewMessage::clientMsgId));
        // ISO-8601 with offset: parsed by PostgreSQL without the JVM's or the session's time zone involved.
        statement.setArray(9, array(connection, "text", batch, distinct, message -> message.createdAt().toString()));
        // Each message's files as an array literal ('{id,id}'): one text per row keeps the input one-dimensional.
        statement.setArray(10, array(connection, "text", batch, distinct, BatchAppender::attachmentIds));
    }

    private static String attachmentIds(NewMessage message) {
        if (message.attachments().isEmpty()) {
            return null;
        }
        StringBuilder literal = new StringBuilder("{");
        for (Attachment attachment : message.attachments()) {
            literal.append(literal.length() == 1 ? "" : ",").append(attachment.id().value());
        }
        return literal.append('}').toString();
    }

    private static Array array(Connection connection, String type, List<NewMessage> batch, List<Integer> distinct,
                               Function<NewMessage, Object> column) throws SQLException {
        Object[] values = new Object[distinct.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(batch.get(distinct.get(i)));
        }
        return connection.createArrayOf(type, values);
    }
}

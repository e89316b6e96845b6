package dev.parley.persistence.conversation;

import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.out.MessageRepository.AppendAnswer;
import dev.parley.domain.conversation.out.MessageRepository.Appended;
import dev.parley.domain.conversation.out.MessageRepository.ConversationGone;
import dev.parley.domain.conversation.out.MessageRepository.Refused;
import dev.parley.domain.file.Attachment;
import dev.parley.domain.shared.ErrorCode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Group commit of a whole batch in ONE round trip (and, outside a transaction, one commit), whatever the
 * number of messages and conversations. Two statements sent together, run in one implicit transaction:
 * {@link #LOCK} locks the live conversations in id order; then {@link #APPEND}, which takes its snapshot only
 * once those locks are held (READ COMMITTED: one snapshot per statement), so it sees every membership change
 * committed before (membership changes lock the conversation row first). The messages arrive as arrays; client
 * ids already stored are answered with the stored message; a sender who is not a current participant, a
 * broadcast member, or in a direct conversation a sender who may not reach the peer (blocks either way,
 * contacts, the peer's {@code who_can_message}: the rule of {@code ReachabilityPolicy} for messages, written
 * here so the whole batch is judged in this statement) is refused; each counter is bumped once by its
 * number of new messages, and the new messages are inserted with consecutive seqs in batch order. Counters and
 * rows commit or fail together: there is deliberately no {@code ON CONFLICT}, so a client id stored after this
 * statement's snapshot (only a writer that skips the conversation lock could) fails the whole statement
 * (unique violation) instead of skipping a row whose seq was taken. Every look-up is written as an index probe per input row ({@code = ANY},
 * {@code LATERAL}): the planner cannot size the input arrays, and a hash join would scan the whole messages
 * table once per batch. Each {@code LATERAL} look-up ends in {@code LIMIT 1} (each matches one row at most, by a
 * unique key) because a {@code LIMIT} keeps the planner from pulling the subquery up into a join: without it, the
 * generic plan a server-prepared statement settles on while the tables are still small hashed a sequential scan of
 * {@code messages} per batch (15 ms per batch at 100k messages, measured with auto_explain). Plain JDBC: one prepared statement on this hot path; repeats of a client id inside the
 * batch are settled in Java beforehand.
 */
final class BatchAppender {
    /** Waits for whoever changes these conversations' membership right now, before the append's snapshot. */
    private static final String LOCK = """
            SELECT c.id FROM conversations c
             WHERE c.id = ANY (?::uuid[]) AND c.deleted_at IS NULL
             ORDER BY c.id FOR UPDATE""";
    private static final String APPEND = """
            WITH input AS (
                SELECT * FROM unnest(?::int[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[],
                                     ?::text[], ?::timestamptz[], ?::text[])
                    AS i(ord, id, conversation_id, sender_id, type, content, reply_to_id, client_msg_id, created_at,
                         attachment_ids)
            ), locked AS (
                SELECT c.id, c.type FROM conversations c
                 WHERE c.id = ANY (ARRAY(SELECT DISTINCT conversation_id FROM input)) AND c.deleted_at IS NULL
                 ORDER BY c.id FOR UPDATE
            ), stored AS (
                SELECT i.ord, """ + ConversationRows.MESSAGE + """
                  FROM input i CROSS JOIN LATERAL (
                        SELECT * FROM messages s
                         WHERE s.conversation_id = i.conversation_id AND s.sender_id = i.sender_id
                           AND s.client_msg_id = i.client_msg_id LIMIT 1) m
                 WHERE i.client_msg_id IS NOT NULL
            ), checked AS (
                SELECT i.ord, CASE
                         WHEN p.role IS NULL THEN 'not_a_participant'
                         WHEN l.type = 'broadcast' AND p.role = 'member' THEN 'forbidden'
                         WHEN peer.user_id IS NULL THEN NULL
                         WHEN EXISTS (SELECT 1 FROM blocks b
                                       WHERE (b.blocker_id = i.sender_id AND b.blocked_id = peer.user_id)
                                          OR (b.blocker_id = peer.user_id AND b.blocked_id = i.sender_id)) THEN 'blocked'
                         WHEN peer.who_can_message = 'everyone' THEN NULL
                         WHEN peer.who_can_message = 'contacts' AND EXISTS (SELECT 1 FROM contacts k
                                       WHERE k.user_id = i.sender_id AND k.contact_id = peer.user_id) THEN NULL
                         ELSE 'privacy_restricted' END AS refusal
                  FROM input i JOIN locked l ON l.id = i.conversation_id
                  LEFT JOIN LATERAL (SELECT x.role FROM participants x
                                      WHERE x.conversation_id = i.conversation_id AND x.user_id = i.sender_id
                                        AND x.left_at IS NULL LIMIT 1) p ON true
                  -- Only a direct conversation has a peer to judge, so groups and broadcasts read no user row.
                  -- A deleted peer has no who_can_message: reachable by nobody, like ReachabilityService's GONE.
                  LEFT JOIN LATERAL (SELECT x.user_id, (SELECT y.who_can_message FROM users y
                                                         WHERE y.id = x.user_id AND y.deleted_at IS NULL)
                                                        AS who_can_message
                                       FROM participants x
                                      WHERE l.type = 'direct' AND x.conversation_id = i.conversation_id
                                        AND x.user_id <> i.sender_id AND x.left_at IS NULL LIMIT 1) peer ON true
                 WHERE i.ord NOT IN (SELECT ord FROM stored)
            ), fresh AS (
                SELECT i.*, row_number() OVER (PARTITION BY i.conversation_id ORDER BY i.ord) AS n
                  FROM input i JOIN checked k ON k.ord = i.ord
                 WHERE k.refusal IS NULL
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
                   NULL::timestamptz AS deleted_at, NULL::uuid[] AS attachment_ids, NULL::text AS refusal
              FROM inserted x JOIN input i ON i.id = x.id
            UNION ALL
            SELECT 'stored', s.ord, s.seq, s.id, s.conversation_id, s.sender_id, s.type, s.content, s.reply_to_id,
                   s.client_msg_id, s.created_at, s.edited_at, s.deleted_at, s.attachment_ids, NULL
              FROM stored s
            UNION ALL
            SELECT 'refused', k.ord, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, k.refusal
              FROM checked k WHERE k.refusal IS NOT NULL""";

    private BatchAppender() {
    }

    /** One answer per message, in order. */
    static List<AppendAnswer> append(Connection connection, List<NewMessage> batch) throws SQLException {
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
        AppendAnswer[] answers = new AppendAnswer[batch.size()];
        // One round trip: the driver sends both statements before one Sync, so they share an implicit transaction.
        try (PreparedStatement statement = connection.prepareStatement(LOCK + ";\n" + APPEND)) {
            statement.setArray(1, connection.createArrayOf("uuid",
                    batch.stream().map(message -> message.conversationId().value()).distinct().toArray()));
            bind(connection, statement, batch, distinct);
            statement.execute();
            if (!statement.getMoreResults()) {
                throw new SQLException("the append returned no rows");
            }
            try (ResultSet rs = statement.getResultSet()) {
                while (rs.next()) {
                    int index = rs.getInt("ord");
                    answers[index] = switch (rs.getString("kind")) {
                        case "new" -> new Appended(batch.get(index).withSeq(rs.getLong("seq")), true);
                        case "stored" -> new Appended(ConversationRows.message(rs), false);
                        default -> new Refused(ErrorCode.valueOf(rs.getString("refusal").toUpperCase(Locale.ROOT)));
                    };
                }
            }
        }
        List<AppendAnswer> result = new ArrayList<>(batch.size());
        for (int index = 0; index < batch.size(); index++) {
            AppendAnswer first = answers[original[index]];
            if (first == null) {
                result.add(new ConversationGone());
            } else if (original[index] != index && first instanceof Appended appended) {
                result.add(new Appended(appended.message(), false));
            } else {
                result.add(first);
            }
        }
        return result;
    }

    private static void bind(Connection connection, PreparedStatement statement, List<NewMessage> batch,
                             List<Integer> distinct) throws SQLException {
        statement.setArray(2, connection.createArrayOf("int4", distinct.toArray()));
        statement.setArray(3, array(connection, "uuid", batch, distinct, message -> message.id().value()));
        statement.setArray(4, array(connection, "uuid", batch, distinct, message -> message.conversationId().value()));
        statement.setArray(5, array(connection, "uuid", batch, distinct, message -> message.senderId().value()));
        statement.setArray(6, array(connection, "text", batch, distinct, message -> message.type().wire()));
        statement.setArray(7, array(connection, "text", batch, distinct, NewMessage::content));
        statement.setArray(8, array(connection, "uuid", batch, distinct,
                message -> message.replyToId() == null ? null : message.replyToId().value()));
        statement.setArray(9, array(connection, "text", batch, distinct, NewMessage::clientMsgId));
        // ISO-8601 with offset: parsed by PostgreSQL without the JVM's or the session's time zone involved.
        statement.setArray(10, array(connection, "text", batch, distinct, message -> message.createdAt().toString()));
        // Each message's files as an array literal ('{id,id}'): one text per row keeps the input one-dimensional.
        statement.setArray(11, array(connection, "text", batch, distinct, BatchAppender::attachmentIds));
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

package dev.parley.persistence.conversation;

import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.out.MessageRepository.Appended;
import dev.parley.domain.shared.ParleyException;
import dev.parley.persistence.database.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Group commit of one conversation's share of a batch: lock the row, drop client ids already stored (the
 * lock makes that check final), bump the counter once by the number of new messages, insert them all.
 */
final class BatchAppender {
    private BatchAppender() {
    }

    /** Fills {@code answers} at {@code indexes} (positions of this conversation's messages in the batch). */
    static void append(Handle handle, List<NewMessage> batch, List<Integer> indexes, Appended[] answers) {
        UUID conversationId = batch.get(indexes.getFirst()).conversationId().value();
        boolean live = handle.createQuery("SELECT id FROM conversations WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
                .bind("id", conversationId).mapTo(UUID.class).findOne().isPresent();
        if (!live) {
            throw ParleyException.notFound("conversation");
        }
        Map<String, Message> stored = existing(handle, conversationId, batch, indexes);
        Map<String, Integer> firstInBatch = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        List<int[]> repeats = new ArrayList<>();
        for (int index : indexes) {
            NewMessage message = batch.get(index);
            String key = message.clientMsgId() == null ? null : message.senderId() + "/" + message.clientMsgId();
            if (key != null && stored.containsKey(key)) {
                answers[index] = new Appended(stored.get(key), false);
            } else if (key != null && firstInBatch.containsKey(key)) {
                repeats.add(new int[] {index, firstInBatch.get(key)});
            } else {
                if (key != null) {
                    firstInBatch.put(key, index);
                }
                fresh.add(index);
            }
        }
        if (!fresh.isEmpty()) {
            insert(handle, conversationId, batch, fresh, answers);
        }
        repeats.forEach(pair -> answers[pair[0]] = new Appended(answers[pair[1]].message(), false));
    }

    private static Map<String, Message> existing(Handle handle, UUID conversationId, List<NewMessage> batch,
                                                 List<Integer> indexes) {
        List<String> clientIds = indexes.stream().map(batch::get).map(NewMessage::clientMsgId)
                .filter(id -> id != null).distinct().toList();
        Map<String, Message> found = new HashMap<>();
        if (clientIds.isEmpty()) {
            return found;
        }
        handle.createQuery("SELECT " + ConversationRows.MESSAGE
                        + " FROM messages m WHERE m.conversation_id = :c AND m.client_msg_id IN (<ids>)")
                .bind("c", conversationId).bindList("ids", clientIds)
                .map((rs, ctx) -> ConversationRows.message(rs))
                .forEach(message -> found.put(message.senderId() + "/" + message.clientMsgId(), message));
        return found;
    }

    private static void insert(Handle handle, UUID conversationId, List<NewMessage> batch, List<Integer> fresh,
                               Appended[] answers) {
        Instant latest = fresh.stream().map(index -> batch.get(index).createdAt()).max(Instant::compareTo).orElseThrow();
        long top = handle.createQuery("""
                        UPDATE conversations SET last_seq = last_seq + :k,
                               last_activity_at = GREATEST(last_activity_at, :latest)
                         WHERE id = :id RETURNING last_seq""")
                .bind("k", fresh.size()).bind("latest", Timestamps.bind(latest)).bind("id", conversationId)
                .mapTo(Long.class).one();
        long seq = top - fresh.size();
        PreparedBatch insert = handle.prepareBatch("""
                INSERT INTO messages (id, conversation_id, seq, sender_id, type, content, reply_to_id, client_msg_id,
                                      created_at)
                VALUES (:id, :conversationId, :seq, :senderId, :type, :content, :replyToId, :clientMsgId, :createdAt)""");
        for (int index : fresh) {
            NewMessage message = batch.get(index);
            seq++;
            insert.bind("id", message.id().value())
                    .bind("conversationId", conversationId)
                    .bind("seq", seq)
                    .bind("senderId", message.senderId().value())
                    .bind("type", message.type().wire())
                    .bind("content", message.content())
                    .bind("replyToId", message.replyToId() == null ? null : message.replyToId().value())
                    .bind("clientMsgId", message.clientMsgId())
                    .bind("createdAt", Timestamps.bind(message.createdAt()))
                    .add();
            answers[index] = new Appended(message.withSeq(seq), true);
        }
        insert.execute();
    }
}

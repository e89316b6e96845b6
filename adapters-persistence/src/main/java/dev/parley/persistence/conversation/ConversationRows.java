package dev.parley.persistence.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.file.Attachment;
import dev.parley.domain.file.FileId;
import java.sql.Array;
import java.util.List;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/** Row ↔ domain mapping of the conversation tables, shared by the repositories. */
final class ConversationRows {
    static final String CONVERSATION = """
            c.id, c.type, c.name, c.topic, c.avatar_url, c.created_by, c.created_at, c.updated_at, c.last_seq,
            c.participant_count, c.deleted_at, c.last_activity_at, c.meeting_id""";
    static final String MESSAGE = """
            m.id, m.conversation_id, m.seq, m.sender_id, m.type, m.content, m.reply_to_id, m.client_msg_id,
            m.created_at, m.edited_at, m.deleted_at, m.attachment_ids""";
    /** The same columns under {@code lm_} names, for the newest message joined to a conversation. */
    static final String LAST_MESSAGE = """
            lm.id AS lm_id, lm.conversation_id AS lm_conversation_id, lm.seq AS lm_seq, lm.sender_id AS lm_sender_id,
            lm.type AS lm_type, lm.content AS lm_content, lm.reply_to_id AS lm_reply_to_id,
            lm.client_msg_id AS lm_client_msg_id, lm.created_at AS lm_created_at, lm.edited_at AS lm_edited_at,
            lm.deleted_at AS lm_deleted_at, lm.attachment_ids AS lm_attachment_ids""";

    private ConversationRows() {
    }

    static Conversation conversation(ResultSet rs) throws SQLException {
        return new Conversation(new ConversationId(rs.getObject("id", UUID.class)),
                ConversationType.valueOf(rs.getString("type").toUpperCase(Locale.ROOT)), rs.getString("name"),
                rs.getString("topic"), rs.getString("avatar_url"), new UserId(rs.getObject("created_by", UUID.class)),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at"), rs.getLong("last_seq"),
                rs.getInt("participant_count"), Timestamps.read(rs, "deleted_at"),
                rs.getObject("meeting_id") != null);
    }

    static Participant participant(ResultSet rs) throws SQLException {
        return new Participant(new ConversationId(rs.getObject("conversation_id", UUID.class)),
                new UserId(rs.getObject("user_id", UUID.class)), Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
                Timestamps.read(rs, "joined_at"));
    }

    static Message message(ResultSet rs) throws SQLException {
        return message(rs, "");
    }

    /**
     * Maps a row that starts with the {@link #MESSAGE} columns, by position: looking columns up by name cost
     * ≈ 10 % of a history page's CPU (a hashed label per column per row).
     */
    static Message messageByPosition(ResultSet rs) throws SQLException {
        UUID replyTo = rs.getObject(7, UUID.class);
        return new Message(new MessageId(rs.getObject(1, UUID.class)), new ConversationId(rs.getObject(2, UUID.class)),
                rs.getLong(3), new UserId(rs.getObject(4, UUID.class)), MessageType.fromWire(rs.getString(5)),
                rs.getString(6), replyTo == null ? null : new MessageId(replyTo), rs.getString(8),
                Timestamps.read(rs, 9), Timestamps.read(rs, 10), Timestamps.read(rs, 11), attachments(rs.getArray(12)));
    }

    /** Maps the message columns named with {@code prefix}; null when that message is absent (outer join). */
    static Message message(ResultSet rs, String prefix) throws SQLException {
        UUID id = rs.getObject(prefix + "id", UUID.class);
        if (id == null) {
            return null;
        }
        UUID replyTo = rs.getObject(prefix + "reply_to_id", UUID.class);
        return new Message(new MessageId(id), new ConversationId(rs.getObject(prefix + "conversation_id", UUID.class)),
                rs.getLong(prefix + "seq"), new UserId(rs.getObject(prefix + "sender_id", UUID.class)),
                MessageType.fromWire(rs.getString(prefix + "type")), rs.getString(prefix + "content"),
                replyTo == null ? null : new MessageId(replyTo), rs.getString(prefix + "client_msg_id"),
                Timestamps.read(rs, prefix + "created_at"), Timestamps.read(rs, prefix + "edited_at"),
                Timestamps.read(rs, prefix + "deleted_at"), attachments(rs.getArray(prefix + "attachment_ids")));
    }

    /**
     * The ids a message row carries, as placeholders until {@link MessageFiles#load} puts the files in (a
     * placeholder left unloaded reads as a deleted file). Most rows carry none: no array to read.
     */
    static List<Attachment> attachments(Array ids) throws SQLException {
        if (ids == null) {
            return List.of();
        }
        Object[] values = (Object[]) ids.getArray();
        Attachment[] attachments = new Attachment[values.length];
        for (int i = 0; i < values.length; i++) {
            attachments[i] = Attachment.deleted(new FileId((UUID) values[i]));
        }
        return List.of(attachments);
    }
}

package dev.parley.http.conversation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.parley.domain.conversation.Message;
import dev.parley.http.file.AttachmentViews;
import dev.parley.http.server.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The wire form of a message; a deleted one shows {@code content: null}, its {@code deleted_at} and no attachments.
 * It writes itself (the same fields, order and formats the mapper would write): a history page is 50 of these,
 * and Jackson's bean serializer was the largest single cost of a page. Ids and timestamps go out as bytes
 * (no escape check), other text as char arrays (Jackson's String path reads a charAt at a time), and
 * nothing takes a serializer look-up per value but a non-empty attachment list.
 */
public record MessageView(UUID id, UUID conversationId, long seq, UUID senderId, String type, String content,
                          UUID replyToId, List<Object> attachments, String clientMsgId, Instant createdAt,
                          Instant editedAt, Instant deletedAt) implements JsonSerializable {
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString CONVERSATION_ID = new SerializedString("conversation_id");
    private static final SerializableString SEQ = new SerializedString("seq");
    private static final SerializableString SENDER_ID = new SerializedString("sender_id");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString CONTENT = new SerializedString("content");
    private static final SerializableString REPLY_TO_ID = new SerializedString("reply_to_id");
    private static final SerializableString ATTACHMENTS = new SerializedString("attachments");
    private static final SerializableString CLIENT_MSG_ID = new SerializedString("client_msg_id");
    private static final SerializableString CREATED_AT = new SerializedString("created_at");
    private static final SerializableString EDITED_AT = new SerializedString("edited_at");
    private static final SerializableString DELETED_AT = new SerializedString("deleted_at");

    public static MessageView from(Message message) {
        if (message == null) {
            return null;
        }
        return new MessageView(message.id().value(), message.conversationId().value(), message.seq(),
                message.senderId().value(), message.type().wire(), message.content(),
                message.replyToId() == null ? null : message.replyToId().value(),
                AttachmentViews.of(message.attachments()), message.clientMsgId(),
                message.createdAt(), message.editedAt(), message.deletedAt());
    }

    @Override
    public void serialize(JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject(this);
        uuid(json, ID, id);
        uuid(json, CONVERSATION_ID, conversationId);
        json.writeFieldName(SEQ);
        json.writeNumber(seq);
        uuid(json, SENDER_ID, senderId);
        text(json, TYPE, type);
        text(json, CONTENT, content);
        uuid(json, REPLY_TO_ID, replyToId);
        json.writeFieldName(ATTACHMENTS);
        if (attachments.isEmpty()) {
            json.writeStartArray(attachments, 0);
            json.writeEndArray();
        } else {
            provider.defaultSerializeValue(attachments, json);
        }
        text(json, CLIENT_MSG_ID, clientMsgId);
        timestamp(json, CREATED_AT, createdAt);
        timestamp(json, EDITED_AT, editedAt);
        timestamp(json, DELETED_AT, deletedAt);
        json.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator json, SerializerProvider provider, TypeSerializer types) throws IOException {
        serialize(json, provider);
    }

    private static void text(JsonGenerator json, SerializableString name, String value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            char[] text = value.toCharArray();
            json.writeString(text, 0, text.length);
        }
    }

    private static void uuid(JsonGenerator json, SerializableString name, UUID value) throws IOException {
        json.writeFieldName(name);
        Json.writeUuid(json, value);
    }

    private static void timestamp(JsonGenerator json, SerializableString name, Instant value) throws IOException {
        json.writeFieldName(name);
        Json.writeTimestamp(json, value);
    }
}

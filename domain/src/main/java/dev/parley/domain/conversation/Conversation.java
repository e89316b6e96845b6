package dev.parley.domain.conversation;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation's own state. {@code lastSeq} is the seq of its newest message (0 when empty);
 * {@code updatedAt} moves on every change of the conversation or its membership (for sync).
 * {@code meetingChat}: the conversation is a meeting's chat, whose name and membership follow the meeting
 * (the meeting links it when it is stored; the generic management use cases refuse to change it).
 */
public record Conversation(
        ConversationId id,
        ConversationType type,
        String name,
        String topic,
        String avatarUrl,
        UserId createdBy,
        Instant createdAt,
        Instant updatedAt,
        long lastSeq,
        int participantCount,
        Instant deletedAt,
        boolean meetingChat) {

    public Conversation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
    }

    public static Conversation create(ConversationId id, ConversationType type, String name, UserId createdBy,
                                      int participantCount, Instant at) {
        return new Conversation(id, type, name, null, null, createdBy, at, at, 0, participantCount, null, false);
    }

    /** A meeting's chat, owned by its host, empty until people join the meeting. */
    public static Conversation meetingChat(ConversationId id, String title, UserId host, Instant at) {
        return new Conversation(id, ConversationType.GROUP, title, null, null, host, at, at, 0, 0, null, true);
    }

    public boolean isDirect() {
        return type == ConversationType.DIRECT;
    }

    public Conversation renamed(String newName, String newTopic, Instant at) {
        return new Conversation(id, type, newName, newTopic, avatarUrl, createdBy, createdAt, at, lastSeq,
                participantCount, deletedAt, meetingChat);
    }

    /** The group's avatar link changed (null: no avatar). */
    public Conversation withAvatar(String newAvatarUrl, Instant at) {
        return new Conversation(id, type, name, topic, newAvatarUrl, createdBy, createdAt, at, lastSeq,
                participantCount, deletedAt, meetingChat);
    }

    public Conversation withParticipantCount(int count, Instant at) {
        return new Conversation(id, type, name, topic, avatarUrl, createdBy, createdAt, at, lastSeq, count, deletedAt,
                meetingChat);
    }

    public Conversation deleted(Instant at) {
        return new Conversation(id, type, name, topic, avatarUrl, createdBy, createdAt, at, lastSeq,
                participantCount, at, meetingChat);
    }
}

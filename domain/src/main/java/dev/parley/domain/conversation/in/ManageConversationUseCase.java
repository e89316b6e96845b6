package dev.parley.domain.conversation.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationSummary;

/** Use case: rename or re-topic a conversation (owner/admin), or delete it (owner; messages stay stored). */
public interface ManageConversationUseCase {
    /** Null fields stay as they are; an empty topic clears it. */
    ConversationSummary update(UserId caller, ConversationId id, Changes changes);

    void delete(UserId caller, ConversationId id);

    /**
     * The fields a PATCH may change; {@code avatarFileId} names an image the caller uploaded, {@link #CLEAR_AVATAR}
     * (the wire's explicit null) removes the avatar.
     */
    record Changes(String name, String topic, String avatarFileId) {
        public Changes(String name, String topic) {
            this(name, topic, null);
        }
    }

    /** The {@code avatarFileId} that clears the avatar. */
    String CLEAR_AVATAR = "";
}

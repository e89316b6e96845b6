package dev.parley.application.conversation;

/** Limits of conversations: longest message (characters) and largest group or broadcast (participants). */
public record ConversationSettings(int maxContentLength, int maxGroupSize) {
    public static final int DEFAULT_MAX_CONTENT_LENGTH = 4_000;
    public static final int DEFAULT_MAX_GROUP_SIZE = 1_000;

    public ConversationSettings {
        if (maxContentLength < 1 || maxGroupSize < 2) {
            throw new IllegalArgumentException("maxContentLength >= 1 and maxGroupSize >= 2");
        }
    }

    public static ConversationSettings defaults() {
        return new ConversationSettings(DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_MAX_GROUP_SIZE);
    }
}

package dev.parley.application.conversation;

/**
 * Limits of conversations: longest message (characters), largest group or broadcast (participants), and
 * the most sends one group commit may carry ({@code 0} = no group commit: one transaction per send).
 */
public record ConversationSettings(int maxContentLength, int maxGroupSize, int groupCommitBatch) {
    public static final int DEFAULT_MAX_CONTENT_LENGTH = 4_000;
    public static final int DEFAULT_MAX_GROUP_SIZE = 1_000;

    public ConversationSettings {
        if (maxContentLength < 1 || maxGroupSize < 2 || groupCommitBatch < 0) {
            throw new IllegalArgumentException("maxContentLength >= 1, maxGroupSize >= 2, groupCommitBatch >= 0");
        }
    }

    public ConversationSettings(int maxContentLength, int maxGroupSize) {
        this(maxContentLength, maxGroupSize, 0);
    }

    public static ConversationSettings defaults() {
        return new ConversationSettings(DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_MAX_GROUP_SIZE);
    }
}

package dev.parley.application.conversation;

import dev.parley.domain.shared.RateLimiter;
import java.time.Duration;

/**
 * Limits of conversations: longest message (characters), largest group or broadcast (participants),
 * the most sends one group commit may carry (1 = one commit per send), how many writers commit batches
 * concurrently on a node, and how many messages one user may send per window (REST and WebSocket together,
 * on every node).
 */
public record ConversationSettings(int maxContentLength, int maxGroupSize, int groupCommitBatch, int sendWriters,
                                   RateLimiter.Limit sendLimit) {
    public static final int DEFAULT_MAX_CONTENT_LENGTH = 4_000;
    public static final int DEFAULT_MAX_GROUP_SIZE = 1_000;
    /** Large enough that a burst of WebSocket sends shares one commit; one statement carries the whole batch. */
    public static final int DEFAULT_GROUP_COMMIT_BATCH = 256;
    /** A few, so that batches overlap (one waits for its WAL flush while the next runs its statements). */
    public static final int DEFAULT_SEND_WRITERS = 4;
    /** Generous enough for a burst of 100 messages (a paste, a bot) but not for a flood. */
    public static final RateLimiter.Limit DEFAULT_SEND_LIMIT = new RateLimiter.Limit(100, Duration.ofSeconds(10));

    public ConversationSettings {
        if (maxContentLength < 1 || maxGroupSize < 2 || groupCommitBatch < 1 || sendWriters < 1) {
            throw new IllegalArgumentException(
                    "maxContentLength >= 1, maxGroupSize >= 2, groupCommitBatch >= 1, sendWriters >= 1");
        }
        java.util.Objects.requireNonNull(sendLimit, "sendLimit");
    }

    public ConversationSettings(int maxContentLength, int maxGroupSize, int groupCommitBatch, RateLimiter.Limit sendLimit) {
        this(maxContentLength, maxGroupSize, groupCommitBatch, DEFAULT_SEND_WRITERS, sendLimit);
    }

    public ConversationSettings(int maxContentLength, int maxGroupSize) {
        this(maxContentLength, maxGroupSize, DEFAULT_GROUP_COMMIT_BATCH, DEFAULT_SEND_LIMIT);
    }

    public static ConversationSettings defaults() {
        return new ConversationSettings(DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_MAX_GROUP_SIZE);
    }
}

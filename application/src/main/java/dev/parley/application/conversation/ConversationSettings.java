package dev.parley.application.conversation;

import dev.parley.domain.shared.RateLimiter;
import java.time.Duration;

/**
 * Limits of conversations: longest message (characters), largest group or broadcast (participants),
 * the most sends one group commit may carry (1 = one commit per send), how many writers commit batches
 * concurrently on a node, how many messages one user may send per window (REST and WebSocket together,
 * on every node), and how long a sender waits for its commit before the answer is {@code unavailable}.
 */
public record ConversationSettings(int maxContentLength, int maxGroupSize, int groupCommitBatch, int sendWriters,
                                   int sendPublishers, RateLimiter.Limit sendLimit, Duration sendTimeout) {
    public static final int DEFAULT_MAX_CONTENT_LENGTH = 4_000;
    public static final int DEFAULT_MAX_GROUP_SIZE = 1_000;
    /** Large enough that a burst of WebSocket sends shares one commit; one statement carries the whole batch. */
    public static final int DEFAULT_GROUP_COMMIT_BATCH = 256;
    /**
     * One: every batch statement has a fixed cost, so more writers mean more, smaller statements for the same
     * traffic and less CPU left for everything else. Measured on 2 cores (fan-out, rooms of 10, runs
     * interleaved): p99 at 10k deliveries/s 29–32 ms with one writer, 50–72 ms with two, 72–112 ms with four;
     * durable throughput (persist) was the same with one, two or four. More writers help where the database
     * has cores to spare.
     */
    public static final int DEFAULT_SEND_WRITERS = 1;
    /**
     * One per core: on one node the publisher threads write every delivery's frames to the sockets (a
     * {@code writev} per frame per socket, most of a fan-out's CPU), so a single publisher caps delivery at one
     * core. Each conversation belongs to one publisher, which keeps its events in commit order.
     */
    public static final int DEFAULT_SEND_PUBLISHERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Generous enough for a burst of 100 messages (a paste, a bot) but not for a flood. */
    public static final RateLimiter.Limit DEFAULT_SEND_LIMIT = new RateLimiter.Limit(100, Duration.ofSeconds(10));

    /**
     * Far above a healthy commit (milliseconds) and above the database's own connection timeout, so a database
     * outage still answers with its own error; only a stuck or dead writer runs into it.
     */
    public static final Duration DEFAULT_SEND_TIMEOUT = Duration.ofSeconds(10);

    public ConversationSettings {
        if (maxContentLength < 1 || maxGroupSize < 2 || groupCommitBatch < 1 || sendWriters < 1 || sendPublishers < 1
                || sendTimeout == null || sendTimeout.isNegative() || sendTimeout.isZero()) {
            throw new IllegalArgumentException("maxContentLength >= 1, maxGroupSize >= 2, groupCommitBatch >= 1,"
                    + " sendWriters >= 1, sendPublishers >= 1, sendTimeout > 0");
        }
        java.util.Objects.requireNonNull(sendLimit, "sendLimit");
    }

    public ConversationSettings(int maxContentLength, int maxGroupSize, int groupCommitBatch, int sendWriters,
                                RateLimiter.Limit sendLimit) {
        this(maxContentLength, maxGroupSize, groupCommitBatch, sendWriters, DEFAULT_SEND_PUBLISHERS, sendLimit,
                DEFAULT_SEND_TIMEOUT);
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

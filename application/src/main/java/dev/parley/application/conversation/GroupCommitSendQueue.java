package dev.parley.application.conversation;

import dev.parley.application.conversation.GroupCommit.Settlement;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The server's send queue, in front of {@link GroupCommit}: callers queue their message and wait; a few writer
 * threads each take whatever is queued for them (up to {@code maxBatch}, never waiting for more, so an idle node
 * adds no latency) and commit it as one batch, so one commit serves every send that arrived while the previous
 * one was running. Each conversation belongs to one writer (by hash): a node never runs two batches of one
 * conversation at once, so its writers never wait on each other's row locks.
 *
 * <p>A writer hands each committed batch to the publisher threads, which publish the events and answer the
 * senders, and goes straight on to the next batch: the socket writes of a fan-out (on one node they run on the
 * publishing thread) overlap the next commit instead of lengthening every commit cycle. Each conversation
 * belongs to one publisher (by hash), first in first out, which keeps its events in commit order; several
 * publishers spread those socket writes over the cores.
 *
 * <p>A sender waits at most {@code maxWait}: a stuck or dead writer answers {@code unavailable} (503), never a
 * hang. A message still queued then is withdrawn; one already in a batch may still commit, and a retry with the
 * same {@code client_msg_id} answers it. The queue owns its threads: whoever builds it closes it.
 */
public final class GroupCommitSendQueue implements SendQueue {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final GroupCommit commit;
    private final int maxBatch;
    private final Duration maxWait;
    private final List<BlockingQueue<PendingSend>> queues = new ArrayList<>();
    private final List<Thread> writers = new ArrayList<>();
    private final List<ExecutorService> publishers;
    private volatile boolean closed;

    /** Batch size, writers and the bound on a sender's wait as {@code settings} say. */
    public GroupCommitSendQueue(ConversationRepository conversations, MessageRepository messages,
                                EventPublisher events, ConversationSettings settings) {
        this(conversations, messages, events, settings.groupCommitBatch(), settings.sendWriters(),
                settings.sendPublishers(), settings.sendTimeout());
    }

    public GroupCommitSendQueue(ConversationRepository conversations, MessageRepository messages,
                                EventPublisher events, int maxBatch, int writerCount, int publisherCount,
                                Duration maxWait) {
        if (maxBatch < 1 || writerCount < 1 || publisherCount < 1 || maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("maxBatch >= 1, writerCount >= 1, publisherCount >= 1, maxWait > 0");
        }
        this.commit = new GroupCommit(conversations, messages, events);
        this.maxBatch = maxBatch;
        this.maxWait = maxWait;
        this.publishers = new ArrayList<>();
        for (int i = 0; i < publisherCount; i++) {
            publishers.add(Executors.newSingleThreadExecutor(Thread.ofVirtual().name("send-publisher-" + i).factory()));
        }
        for (int i = 0; i < writerCount; i++) {
            BlockingQueue<PendingSend> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            writers.add(Thread.ofVirtual().name("send-writer-" + i).start(() -> drain(queue)));
        }
    }

    /** Stores one message as part of the next batch of its writer; blocks the (virtual) caller until committed. */
    @Override
    public Sent send(NewMessage message) {
        if (closed) {
            throw new IllegalStateException("the node is shutting down");
        }
        int writer = Math.floorMod(message.conversationId().hashCode(), queues.size());
        if (!writers.get(writer).isAlive()) {
            throw unavailable();
        }
        PendingSend pending = PendingSend.of(message);
        BlockingQueue<PendingSend> queue = queues.get(writer);
        queue.add(pending);
        try {
            return pending.answer().get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException stuck) {
            queue.remove(pending);
            throw unavailable();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
        }
    }

    /** Like the database's own outage answer: 503 with {@code Retry-After}. */
    private static ParleyException unavailable() {
        return new ParleyException(ErrorCode.UNAVAILABLE,
                "messages cannot be stored right now; retry with the same client_msg_id", List.of(), RETRY_AFTER);
    }

    private void drain(BlockingQueue<PendingSend> queue) {
        while (!closed) {
            List<PendingSend> batch = new ArrayList<>();
            try {
                // Polling (not take + interrupt) so shutdown never interrupts a writer inside JDBC I/O.
                PendingSend first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException stop) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            List<Settlement> parts = commit.commit(batch).byConversation(publishers.size());
            for (int index = 0; index < parts.size(); index++) {
                hand(publishers.get(index), parts.get(index));
            }
        }
    }

    private void hand(ExecutorService publisher, Settlement part) {
        if (part.batch().isEmpty()) {
            return;
        }
        try {
            publisher.execute(() -> commit.settle(part));
        } catch (RejectedExecutionException closing) {
            commit.settle(part); // a writer outliving close(): its senders are still answered
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread writer : writers) {
            try {
                writer.join(Duration.ofSeconds(5));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // What the writers committed is still published and answered before the node goes on shutting down.
        for (ExecutorService publisher : publishers) {
            publisher.close();
        }
        for (BlockingQueue<PendingSend> queue : queues) {
            PendingSend left;
            while ((left = queue.poll()) != null) {
                left.answer().completeExceptionally(new IllegalStateException("the node is shutting down"));
            }
        }
    }
}

package dev.parley.application.conversation;

import dev.parley.application.conversation.GroupCommit.Settlement;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The queue in front of {@link GroupCommit}: callers queue their message and wait; a few writer threads each
 * take whatever is queued for them (up to {@code maxBatch}, never waiting for more, so an idle node adds no
 * latency) and commit it as one batch, so one commit serves every send that arrived while the previous one
 * was running. Each conversation belongs to one writer (by hash): a node never runs two batches of one
 * conversation at once, so its writers never wait on each other's row locks.
 *
 * <p>A writer hands each committed batch to its own publisher thread, which publishes the events and answers
 * the senders, and goes straight on to the next batch: the socket writes of a fan-out (on one node they run on
 * the publishing thread) overlap the next commit instead of lengthening every commit cycle. One publisher per
 * writer, first in first out, keeps each conversation's events in commit order.
 */
final class SendBatcher implements AutoCloseable {
    private final GroupCommit commit;
    private final int maxBatch;
    private final List<BlockingQueue<Pending>> queues = new ArrayList<>();
    private final List<Thread> writers = new ArrayList<>();
    private final List<ExecutorService> publishers = new ArrayList<>();
    private volatile boolean closed;

    SendBatcher(GroupCommit commit, int maxBatch, int writerCount) {
        this.commit = commit;
        this.maxBatch = maxBatch;
        for (int i = 0; i < writerCount; i++) {
            BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
            ExecutorService publisher = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("send-publisher-" + i).factory());
            queues.add(queue);
            publishers.add(publisher);
            writers.add(Thread.ofVirtual().name("send-writer-" + i).start(() -> drain(queue, publisher)));
        }
    }

    /** Stores one message as part of the next batch of its writer; blocks the (virtual) caller until committed. */
    Sent send(NewMessage message) {
        if (closed) {
            throw new IllegalStateException("the node is shutting down");
        }
        Pending pending = new Pending(message, new CompletableFuture<>());
        queues.get(Math.floorMod(message.conversationId().hashCode(), queues.size())).add(pending);
        try {
            return pending.answer().get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
        }
    }

    private void drain(BlockingQueue<Pending> queue, ExecutorService publisher) {
        while (!closed) {
            List<Pending> batch = new ArrayList<>();
            try {
                // Polling (not take + interrupt) so shutdown never interrupts a writer inside JDBC I/O.
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException stop) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            Settlement settlement = commit.commit(batch);
            try {
                publisher.execute(() -> commit.settle(settlement));
            } catch (RejectedExecutionException closing) {
                commit.settle(settlement); // a writer outliving close(): its senders are still answered
            }
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
        for (BlockingQueue<Pending> queue : queues) {
            Pending left;
            while ((left = queue.poll()) != null) {
                left.answer().completeExceptionally(new IllegalStateException("the node is shutting down"));
            }
        }
    }

    /** A queued message and the answer its sender waits for. */
    record Pending(NewMessage message, CompletableFuture<Sent> answer) {
    }
}

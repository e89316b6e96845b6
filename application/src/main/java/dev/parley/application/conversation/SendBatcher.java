package dev.parley.application.conversation;

import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.conversation.out.MessageRepository.Appended;
import dev.parley.domain.shared.Transactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit of sends: callers queue their message and wait; a few writer threads each take whatever
 * is queued (up to {@code maxBatch}, never waiting for more) and append it in one transaction, so one commit
 * (one WAL flush) serves every send that arrived while the previous commit was running. When a batch fails
 * (a conversation was deleted meanwhile), each of its messages is retried alone so only the affected sends fail.
 */
public final class SendBatcher implements AutoCloseable {
    private final MessageRepository messages;
    private final Transactions transactions;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    public SendBatcher(MessageRepository messages, Transactions transactions, int maxBatch, int writerCount) {
        this.messages = messages;
        this.transactions = transactions;
        this.maxBatch = maxBatch;
        for (int i = 0; i < writerCount; i++) {
            writers.add(Thread.ofVirtual().name("send-batcher-" + i).start(this::drain));
        }
    }

    /** Appends one message as part of the next batch; blocks the (virtual) calling thread until committed. */
    public Appended append(NewMessage message) {
        if (closed) {
            throw new IllegalStateException("the node is shutting down");
        }
        Pending pending = new Pending(message, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.answer().get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
        }
    }

    private void drain() {
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
            write(batch);
        }
    }

    private void write(List<Pending> batch) {
        try {
            List<NewMessage> newMessages = batch.stream().map(Pending::message).toList();
            List<Appended> answers = transactions.inTransaction(() -> messages.appendAll(newMessages));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException batchFailed) {
            for (Pending pending : batch) {
                try {
                    pending.answer().complete(transactions.inTransaction(
                            () -> messages.appendAll(List.of(pending.message())).getFirst()));
                } catch (RuntimeException failed) {
                    pending.answer().completeExceptionally(failed);
                }
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
        Pending left;
        while ((left = queue.poll()) != null) {
            left.answer().completeExceptionally(new IllegalStateException("the node is shutting down"));
        }
    }

    /** A queued message and the answer its sender waits for. */
    private record Pending(NewMessage message, CompletableFuture<Appended> answer) {
    }
}

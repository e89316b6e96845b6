package dev.parley.application.conversation;

import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.EventPublisher;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * A send queue without threads, for embedding and tests: each send is admitted, appended (a batch of one, with
 * the same rules and in-append checks as a group commit), published and answered on the caller's thread. Two
 * callers sending to one conversation at once each publish their own event, so their events may leave out of
 * seq order; the {@link GroupCommitSendQueue} keeps that order.
 */
public final class DirectSendQueue implements SendQueue {
    private final GroupCommit commit;

    public DirectSendQueue(ConversationRepository conversations, MessageRepository messages, EventPublisher events) {
        this.commit = new GroupCommit(conversations, messages, events);
    }

    @Override
    public Sent send(NewMessage message) {
        PendingSend pending = PendingSend.of(message);
        commit.settle(commit.commit(List.of(pending)));
        try {
            return pending.answer().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
        }
    }

    /** Nothing to stop: no threads of its own. */
    @Override
    public void close() {
        // no threads, nothing queued
    }
}

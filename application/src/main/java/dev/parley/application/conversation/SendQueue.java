package dev.parley.application.conversation;

import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;

/**
 * How {@link SendMessageService} gets a validated message committed: admitted, appended, its event published,
 * then answered. {@link GroupCommitSendQueue} (the server's default) shares one commit among every send that
 * arrives while the previous one runs; {@link DirectSendQueue} commits on the caller's thread. Whoever builds
 * a queue closes it. An application-level interface, not a domain port: both implementations are the
 * application's own logic over the domain's ports, and no adapter implements it.
 */
public interface SendQueue extends AutoCloseable {
    /**
     * Commits the message and returns what was stored (or the original of a retried client id); throws the
     * contract's rejection, or {@code unavailable} when no answer comes in bounded time.
     */
    Sent send(NewMessage message);

    /** Stops taking sends; a queue with threads stops them. */
    @Override
    void close();
}

package dev.parley.application.conversation;

import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import java.util.concurrent.CompletableFuture;

/** A message waiting for its commit, and the answer its sender waits for. */
record PendingSend(NewMessage message, CompletableFuture<Sent> answer) {
    static PendingSend of(NewMessage message) {
        return new PendingSend(message, new CompletableFuture<>());
    }
}

package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.shared.Ids;
import dev.parley.inmemory.conversation.InMemoryConversationData;
import dev.parley.inmemory.conversation.InMemoryConversationRepository;
import dev.parley.inmemory.conversation.InMemoryMessageRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The conversation and message repositories share one store, so they must share its lock: a conversation update
 * racing appends must never put the conversation's last seq back (the next message would then reuse a seq).
 */
class InMemoryConversationStoreConcurrencyTest {
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final int THREADS = 4;
    private static final int ROUNDS = 5_000;

    private final InMemoryConversationData data = new InMemoryConversationData();
    private final InMemoryConversationRepository conversations = new InMemoryConversationRepository(data);
    private final InMemoryMessageRepository messages = new InMemoryMessageRepository(data);

    @Test
    void appends_racing_conversation_updates_keep_every_seq_and_the_last_one() throws Exception {
        UserId owner = new UserId(UUID.randomUUID());
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(T0)), ConversationType.GROUP,
                "race", owner, 1, T0);
        conversations.insert(conversation, null, List.of(new Participant(conversation.id(), owner, Role.OWNER, T0)));

        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS * 2)) {
            for (int thread = 0; thread < THREADS; thread++) {
                work.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        messages.append(text(conversation.id(), owner));
                    }
                    return null;
                }));
                int name = thread;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        conversations.update(conversation.renamed("race " + name + "." + round, null, T0));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> done : work) {
                done.get();
            }
        }

        long appended = (long) THREADS * ROUNDS;
        assertThat(conversations.find(conversation.id()).orElseThrow().lastSeq()).isEqualTo(appended);
        Message next = messages.append(text(conversation.id(), owner)).orElseThrow();
        assertThat(next.seq()).isEqualTo(appended + 1);
    }

    private static NewMessage text(ConversationId conversationId, UserId sender) {
        return new NewMessage(new MessageId(Ids.newId(T0)), conversationId, sender, MessageType.TEXT, "hello", null,
                null, T0);
    }
}

package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many concurrent senders through the queue and its writers: gap-free seqs, fewer commits than sends. */
class SendBatcherTest {
    private final ConversationFixture fixture = new ConversationFixture();
    private final UserId alice = fixture.user("alice");
    private final UserId bob = fixture.user("bob");

    @AfterEach
    void stop() {
        fixture.send.close();
    }

    @Test
    void concurrent_sends_to_several_conversations_get_gap_free_seqs_in_each() throws Exception {
        List<ConversationId> rooms = List.of(fixture.group(ConversationType.GROUP, alice, bob),
                fixture.group(ConversationType.GROUP, alice, bob), fixture.direct(alice, bob));
        List<Future<Message>> sent = new ArrayList<>();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 300; i++) {
                UserId sender = i % 2 == 0 ? alice : bob;
                ConversationId room = rooms.get(i % 3);
                sent.add(senders.submit(() -> fixture.send.send(ConversationFixture.command(sender, room, "hi", null)).message()));
            }
        }
        for (ConversationId room : rooms) {
            List<Long> seqs = new ArrayList<>();
            for (Future<Message> message : sent) {
                if (message.get().conversationId().equals(room)) {
                    seqs.add(message.get().seq());
                }
            }
            assertThat(seqs).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
        }
    }
}

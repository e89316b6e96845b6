package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.shared.ParleyException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit through the send use case: same answers as one transaction per send. */
class SendBatcherTest {
    private final ConversationFixture fixture = new ConversationFixture();
    private final SendBatcher batcher = new SendBatcher(fixture.messages, fixture.transactions, 16, 2);
    private final SendMessageService send = new SendMessageService(fixture.conversations, fixture.messages,
            fixture.reachability, fixture.settings, fixture.transactions, fixture.events, fixture.clock, batcher);
    private final UserId alice = fixture.user("alice");
    private final UserId bob = fixture.user("bob");

    @AfterEach
    void stop() {
        batcher.close();
    }

    @Test
    void concurrent_sends_through_the_batcher_get_gap_free_seqs() throws Exception {
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob);
        List<Future<Message>> sent = new ArrayList<>();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                UserId sender = i % 2 == 0 ? alice : bob;
                sent.add(senders.submit(() -> send.send(ConversationFixture.command(sender, id, "hi", null)).message()));
            }
        }
        List<Long> seqs = new ArrayList<>();
        for (Future<Message> message : sent) {
            seqs.add(message.get().seq());
        }

        assertThat(seqs).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
    }

    @Test
    void a_retried_client_msg_id_returns_the_original() {
        ConversationId id = fixture.direct(alice, bob);

        SendMessageUseCase.Sent first = send.send(ConversationFixture.command(alice, id, "once", "k"));
        SendMessageUseCase.Sent again = send.send(ConversationFixture.command(alice, id, "once", "k"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.message()).isEqualTo(first.message());
    }

    @Test
    void a_send_to_a_conversation_deleted_meanwhile_fails_alone() {
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob);
        var command = new dev.parley.domain.conversation.NewMessage(new dev.parley.domain.conversation.MessageId(
                java.util.UUID.randomUUID()), id, alice, dev.parley.domain.conversation.MessageType.TEXT, "late", null,
                null, java.time.Instant.EPOCH);
        fixture.conversations.update(fixture.conversations.find(id).orElseThrow().deleted(java.time.Instant.EPOCH));

        assertThatThrownBy(() -> batcher.append(command)).isInstanceOf(ParleyException.class);
    }
}

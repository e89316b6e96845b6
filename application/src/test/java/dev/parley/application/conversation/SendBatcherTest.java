package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many concurrent senders through the queue and its writers: gap-free seqs, publishing behind the commits. */
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

    @Test
    void a_writer_commits_the_next_batch_while_the_previous_one_is_still_being_published() throws Exception {
        ConversationId room = fixture.group(ConversationType.GROUP, alice, bob);
        CountDownLatch publishing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> published = new CopyOnWriteArrayList<>();
        EventPublisher slowSockets = event -> {
            if (event instanceof MessageCreated created) {
                publishing.countDown();
                awaitQuietly(release);
                published.add(created.message().content());
            }
        };
        GroupCommit commit = new GroupCommit(new SendAdmission(fixture.conversations, fixture.messages,
                fixture.reachability), fixture.messages, slowSockets);
        try (SendBatcher batcher = new SendBatcher(commit, 16, 1);
             ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Sent> first = senders.submit(() -> batcher.send(message(alice, room, "first")));
            assertThat(publishing.await(5, TimeUnit.SECONDS)).isTrue();
            Future<Sent> second = senders.submit(() -> batcher.send(message(bob, room, "second")));

            assertThat(storedWithin(room, 2, 5_000)).extracting(Message::content).containsExactly("first", "second");
            assertThat(first.isDone()).as("answered only once its event is out").isFalse();

            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).message().seq()).isEqualTo(1);
            assertThat(second.get(5, TimeUnit.SECONDS).message().seq()).isEqualTo(2);
            assertThat(published).containsExactly("first", "second");
        }
    }

    @Test
    void a_listener_that_throws_still_lets_every_sender_of_the_batch_hear_back() throws Exception {
        ConversationId room = fixture.group(ConversationType.GROUP, alice, bob);
        EventPublisher broken = event -> {
            throw new IllegalStateException("listener failed");
        };
        GroupCommit commit = new GroupCommit(new SendAdmission(fixture.conversations, fixture.messages,
                fixture.reachability), fixture.messages, broken);
        try (SendBatcher batcher = new SendBatcher(commit, 16, 1);
             ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Sent> first = senders.submit(() -> batcher.send(message(alice, room, "first")));
            Future<Sent> second = senders.submit(() -> batcher.send(message(bob, room, "second")));

            assertThat(List.of(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS)))
                    .extracting(sent -> sent.message().content()).containsExactlyInAnyOrder("first", "second");
        }
    }

    private List<Message> storedWithin(ConversationId room, int count, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        List<Message> stored = fixture.messages.after(room, 0, 10);
        while (stored.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
            stored = fixture.messages.after(room, 0, 10);
        }
        return stored;
    }

    private static NewMessage message(UserId sender, ConversationId room, String content) {
        Instant now = Instant.now();
        return new NewMessage(new MessageId(Ids.newId(now)), room, sender, MessageType.TEXT, content, null, null, now);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

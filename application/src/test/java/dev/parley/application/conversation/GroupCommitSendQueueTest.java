package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
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

/**
 * Many concurrent senders through the queue and its writers: gap-free seqs, publishing behind the commits, and
 * a bounded wait when a writer is stuck or dead.
 */
class GroupCommitSendQueueTest {
    private final ConversationFixture fixture = new ConversationFixture();
    private final UserId alice = fixture.user("alice");
    private final UserId bob = fixture.user("bob");
    private final GroupCommitSendQueue queue = new GroupCommitSendQueue(fixture.conversations, fixture.messages,
            fixture.events, fixture.settings);
    private final SendMessageService send = new SendMessageService(queue, fixture.settings, fixture.clock);

    @AfterEach
    void stop() {
        queue.close();
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
                sent.add(senders.submit(() -> send.send(ConversationFixture.command(sender, room, "hi", null)).message()));
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
        try (GroupCommitSendQueue batcher = queue(fixture.messages, slowSockets, Duration.ofSeconds(10));
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
    void with_several_publishers_each_conversation_still_publishes_its_messages_in_seq_order() throws Exception {
        List<ConversationId> rooms = List.of(fixture.group(ConversationType.GROUP, alice, bob),
                fixture.group(ConversationType.GROUP, alice, bob), fixture.group(ConversationType.GROUP, alice, bob),
                fixture.direct(alice, bob));
        java.util.Map<ConversationId, List<Long>> published = new java.util.concurrent.ConcurrentHashMap<>();
        EventPublisher recording = event -> {
            if (event instanceof MessageCreated created) {
                published.computeIfAbsent(created.message().conversationId(), room -> new CopyOnWriteArrayList<>())
                        .add(created.message().seq());
            }
        };
        try (GroupCommitSendQueue batcher = new GroupCommitSendQueue(fixture.conversations, fixture.messages,
                recording, 16, 1, 3, Duration.ofSeconds(10));
             ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Sent>> sent = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                UserId sender = i % 2 == 0 ? alice : bob;
                ConversationId room = rooms.get(i % rooms.size());
                sent.add(senders.submit(() -> batcher.send(message(sender, room, "hi"))));
            }
            for (Future<Sent> each : sent) {
                each.get(10, TimeUnit.SECONDS);
            }
        }
        for (ConversationId room : rooms) {
            assertThat(published.get(room)).as("events of one conversation, in the order they were published")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
        }
    }

    @Test
    void a_conversation_whose_sockets_are_slow_does_not_hold_up_the_senders_of_another_publishers_conversation()
            throws Exception {
        ConversationId slowRoom = fixture.group(ConversationType.GROUP, alice, bob);
        ConversationId otherRoom = fixture.group(ConversationType.GROUP, alice, bob);
        while (Math.floorMod(otherRoom.hashCode(), 2) == Math.floorMod(slowRoom.hashCode(), 2)) {
            otherRoom = fixture.group(ConversationType.GROUP, alice, bob);
        }
        ConversationId fastRoom = otherRoom;
        CountDownLatch publishing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventPublisher slowSockets = event -> {
            if (event instanceof MessageCreated created && created.message().conversationId().equals(slowRoom)) {
                publishing.countDown();
                awaitQuietly(release);
            }
        };
        try (GroupCommitSendQueue batcher = new GroupCommitSendQueue(fixture.conversations, fixture.messages,
                slowSockets, 16, 1, 2, Duration.ofSeconds(10));
             ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Sent> stalled = senders.submit(() -> batcher.send(message(alice, slowRoom, "into the slow room")));
            assertThat(publishing.await(5, TimeUnit.SECONDS)).isTrue();

            Sent other = senders.submit(() -> batcher.send(message(bob, fastRoom, "elsewhere"))).get(5, TimeUnit.SECONDS);

            assertThat(other.message().seq()).isEqualTo(1);
            assertThat(stalled.isDone()).as("still publishing its own room's event").isFalse();
            release.countDown();
            assertThat(stalled.get(5, TimeUnit.SECONDS).message().seq()).isEqualTo(1);
        }
    }

    @Test
    void a_listener_that_throws_still_lets_every_sender_of_the_batch_hear_back() throws Exception {
        ConversationId room = fixture.group(ConversationType.GROUP, alice, bob);
        EventPublisher broken = event -> {
            throw new IllegalStateException("listener failed");
        };
        try (GroupCommitSendQueue batcher = queue(fixture.messages, broken, Duration.ofSeconds(10));
             ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Sent> first = senders.submit(() -> batcher.send(message(alice, room, "first")));
            Future<Sent> second = senders.submit(() -> batcher.send(message(bob, room, "second")));

            assertThat(List.of(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS)))
                    .extracting(sent -> sent.message().content()).containsExactlyInAnyOrder("first", "second");
        }
    }

    @Test
    void a_stuck_writer_answers_unavailable_within_the_bound_instead_of_hanging() throws Exception {
        ConversationId room = fixture.group(ConversationType.GROUP, alice, bob);
        CountDownLatch stuck = new CountDownLatch(1);
        MessageRepository hanging = withAppendAll(fixture.messages, () -> awaitQuietly(stuck));
        try (GroupCommitSendQueue batcher = queue(hanging, fixture.events, Duration.ofMillis(200));
             ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Sent> waiting = senders.submit(() -> batcher.send(message(alice, room, "into the void")));

            assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(ParleyException.class,
                            failure -> {
                                assertThat(failure.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                                assertThat(failure.retryAfter()).isPresent();
                            });
            stuck.countDown();
        }
    }

    @Test
    void a_dead_writer_answers_unavailable_to_the_sender_it_left_waiting_and_to_every_later_one() throws Exception {
        ConversationId room = fixture.group(ConversationType.GROUP, alice, bob);
        MessageRepository crashing = withAppendAll(fixture.messages, () -> {
            throw new StackOverflowError("writer crashed");
        });
        try (GroupCommitSendQueue batcher = queue(crashing, fixture.events, Duration.ofMillis(200));
             ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Sent> orphan = senders.submit(() -> batcher.send(message(alice, room, "first")));
            assertThatThrownBy(() -> orphan.get(5, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(ParleyException.class,
                            failure -> assertThat(failure.code()).isEqualTo(ErrorCode.UNAVAILABLE));

            assertThatThrownBy(() -> batcher.send(message(bob, room, "second")))
                    .isInstanceOfSatisfying(ParleyException.class,
                            failure -> assertThat(failure.code()).isEqualTo(ErrorCode.UNAVAILABLE));
        }
    }

    private GroupCommitSendQueue queue(MessageRepository messages, EventPublisher events, Duration maxWait) {
        return new GroupCommitSendQueue(fixture.conversations, messages, events, 16, 1, 1, maxWait);
    }

    /** The store, except that a group commit first runs {@code before} (blocking or crashing the writer). */
    private static MessageRepository withAppendAll(MessageRepository store, Runnable before) {
        return (MessageRepository) Proxy.newProxyInstance(MessageRepository.class.getClassLoader(),
                new Class<?>[] {MessageRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("appendAll")) {
                        before.run();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
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

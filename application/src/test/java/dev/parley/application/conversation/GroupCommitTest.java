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
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One batch of sends: one transaction, the same answer per message as one send at a time, failures alone. */
class GroupCommitTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    private final ConversationFixture fixture = new ConversationFixture();
    private final GroupCommit commit = new GroupCommit(fixture.conversations, fixture.messages, fixture.events);
    private final UserId alice = fixture.user("alice");
    private final UserId bob = fixture.user("bob");
    private final UserId carol = fixture.user("carol");

    @Test
    void a_batch_mixing_conversations_appends_once_and_numbers_each_conversation_in_order() {
        ConversationId one = fixture.group(ConversationType.GROUP, alice, bob);
        ConversationId two = fixture.direct(alice, carol);
        fixture.events.clear();

        List<PendingSend> batch = List.of(pending(alice, one, "a", null), pending(carol, two, "b", null),
                pending(bob, one, "c", null), pending(alice, two, "d", null));
        commit.settle(commit.commit(batch));

        assertThat(fixture.messages.appendCalls()).isEqualTo(1);
        assertThat(batch).extracting(pending -> sent(pending).message().seq()).containsExactly(1L, 1L, 2L, 2L);
        assertThat(fixture.events.ofType(MessageCreated.class)).extracting(event -> event.message().content())
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void a_forbidden_sender_and_a_deleted_conversation_fail_alone_while_the_others_commit() {
        ConversationId broadcast = fixture.group(ConversationType.BROADCAST, alice, bob);
        ConversationId gone = fixture.group(ConversationType.GROUP, alice, bob);
        ConversationId open = fixture.group(ConversationType.GROUP, alice, bob);
        fixture.conversations.update(fixture.conversations.find(gone).orElseThrow().deleted(AT));

        PendingSend member = pending(bob, broadcast, "not allowed", null);
        PendingSend outsider = pending(carol, open, "not in it", null);
        PendingSend late = pending(alice, gone, "too late", null);
        PendingSend fine = pending(bob, open, "fine", null);
        commit.settle(commit.commit(List.of(member, outsider, late, fine)));

        assertThat(rejection(member)).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(rejection(outsider)).isEqualTo(ErrorCode.NOT_A_PARTICIPANT);
        assertThat(rejection(late)).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(sent(fine).message().seq()).isEqualTo(1);
        assertThat(fixture.messages.after(broadcast, 0, 10)).isEmpty();
    }

    @Test
    void repeats_of_a_client_msg_id_in_the_batch_and_in_the_store_answer_the_original() {
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob);
        Message stored = fixture.send.send(ConversationFixture.command(alice, id, "stored", "k1")).message();
        fixture.events.clear();

        PendingSend first = pending(bob, id, "first", "k2");
        PendingSend storedAgain = pending(alice, id, "stored again", "k1");
        PendingSend repeat = pending(bob, id, "repeat", "k2");
        PendingSend otherSender = pending(alice, id, "same key, other sender", "k2");
        commit.settle(commit.commit(List.of(first, storedAgain, repeat, otherSender)));

        assertThat(sent(first).created()).isTrue();
        assertThat(sent(storedAgain)).isEqualTo(new Sent(stored, false));
        assertThat(sent(repeat)).isEqualTo(new Sent(sent(first).message(), false));
        assertThat(sent(otherSender).created()).isTrue();
        assertThat(fixture.messages.after(id, 0, 10)).extracting(Message::seq).containsExactly(1L, 2L, 3L);
        assertThat(fixture.events.ofType(MessageCreated.class)).hasSize(2);
    }

    @Test
    void a_blocked_peer_fails_alone_but_a_retry_of_an_earlier_message_still_answers_it() {
        ConversationId direct = fixture.direct(alice, bob);
        Message before = fixture.send.send(ConversationFixture.command(alice, direct, "before", "k")).message();
        fixture.reachability.block(alice, bob);

        PendingSend retry = pending(alice, direct, "before", "k");
        PendingSend blocked = pending(alice, direct, "after", null);
        PendingSend reply = pending(bob, direct, "answer", null);
        commit.settle(commit.commit(List.of(retry, blocked, reply)));

        assertThat(sent(retry)).isEqualTo(new Sent(before, false));
        assertThat(rejection(blocked)).isEqualTo(ErrorCode.BLOCKED);
        assertThat(sent(reply).message().seq()).isEqualTo(2);
    }

    @Test
    void a_batch_without_replies_is_judged_by_the_append_alone_and_a_reply_elsewhere_is_refused_before_it() {
        ConversationId one = fixture.group(ConversationType.GROUP, alice, bob);
        ConversationId other = fixture.group(ConversationType.GROUP, alice, bob);
        Message elsewhere = fixture.send.send(ConversationFixture.command(alice, other, "over there", null)).message();
        AtomicInteger membershipReads = new AtomicInteger();
        ConversationRepository counting = (ConversationRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConversationRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findAllAsSeenBy")) {
                        membershipReads.incrementAndGet();
                    }
                    try {
                        return method.invoke(fixture.conversations, args);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
        GroupCommit oneRoundTrip = new GroupCommit(counting, fixture.messages, fixture.events);

        PendingSend plain = pending(alice, one, "plain", null);
        PendingSend outsider = pending(carol, one, "not in it", null);
        oneRoundTrip.settle(oneRoundTrip.commit(List.of(plain, outsider)));
        assertThat(membershipReads).as("no read before the append").hasValue(0);
        assertThat(sent(plain).message().seq()).isEqualTo(1);
        assertThat(rejection(outsider)).isEqualTo(ErrorCode.NOT_A_PARTICIPANT);

        PendingSend crossReply = new PendingSend(new NewMessage(new MessageId(Ids.newId(AT)), one, bob, MessageType.TEXT,
                "re: over there", elsewhere.id(), null, AT), new CompletableFuture<>());
        oneRoundTrip.settle(oneRoundTrip.commit(List.of(crossReply, pending(bob, one, "fine", null))));
        assertThat(membershipReads).as("one read for the reply").hasValue(1);
        assertThat(rejection(crossReply)).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(fixture.messages.after(one, 0, 10)).extracting(Message::content).containsExactly("plain", "fine");
    }

    private static PendingSend pending(UserId sender, ConversationId id, String content, String clientMsgId) {
        return new PendingSend(new NewMessage(new MessageId(Ids.newId(AT)), id, sender, MessageType.TEXT, content, null,
                clientMsgId, AT), new CompletableFuture<>());
    }

    private static Sent sent(PendingSend pending) {
        return pending.answer().join();
    }

    private static ErrorCode rejection(PendingSend pending) {
        try {
            pending.answer().join();
        } catch (CompletionException failed) {
            return ((ParleyException) failed.getCause()).code();
        }
        throw new AssertionError("expected a rejection");
    }
}

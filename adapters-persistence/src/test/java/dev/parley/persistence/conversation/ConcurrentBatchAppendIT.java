package dev.parley.persistence.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.out.MessageRepository.AppendAnswer;
import dev.parley.domain.conversation.out.MessageRepository.Appended;
import dev.parley.domain.conversation.out.MessageRepository.Refused;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.persistence.testing.FreshDatabase;
import dev.parley.persistence.testing.TestUsers;
import dev.parley.domain.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Batches appended at once (as on two nodes): the same client_msg_id is never stored twice and no seq is
 * left as a hole; concurrent batches of one conversation get consecutive seqs; a participant removed while a
 * batch waits for the conversation's lock cannot post; blocks, contacts and privacy are judged in the append.
 */
class ConcurrentBatchAppendIT {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase(5);

    private final JdbiConversationRepository conversations = new JdbiConversationRepository(DATABASE.database());
    private final JdbiMessageRepository messages = new JdbiMessageRepository(DATABASE.database());

    @Test
    void an_append_waiting_behind_a_concurrent_duplicate_answers_the_original_and_leaves_no_hole() throws Exception {
        UserId sender = TestUsers.create(DATABASE.database());
        ConversationId id = conversation(sender);
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Appended> first = firstHoldingItsLock(id, sender, firstAppended, release);
        firstAppended.await();

        // It takes its snapshot only once the first has committed and released the lock, so it sees the original.
        CompletableFuture<List<AppendAnswer>> second = CompletableFuture.supplyAsync(
                () -> messages.appendAll(List.of(message(id, sender, null), message(id, sender, "k"))),
                runnable -> Thread.ofVirtual().start(runnable));
        awaitABackendWaitingOnALock();
        release.countDown();

        assertThat(first.get().created()).isTrue();
        assertThat(((Appended) second.get().getFirst()).message().seq()).isEqualTo(2);
        assertThat(second.get().get(1)).isEqualTo(new Appended(first.get().message(), false));
        assertThat(conversations.find(id).orElseThrow().lastSeq()).isEqualTo(2);
        assertThat(messages.after(id, 0, 10)).extracting(Message::seq).containsExactly(1L, 2L);
        assertThat(messages.appendAll(List.of(message(id, sender, "k"))).getFirst())
                .isEqualTo(new Appended(first.get().message(), false));
    }

    @Test
    void a_participant_removed_while_the_batch_waits_for_the_lock_cannot_post_and_the_others_still_do()
            throws Exception {
        UserId owner = TestUsers.create(DATABASE.database());
        UserId member = TestUsers.create(DATABASE.database());
        ConversationId id = conversation(owner, member);
        CountDownLatch removed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // As ParticipantsService removes someone: lock the conversation row, mark them gone, commit.
        CompletableFuture<Void> removal = CompletableFuture.runAsync(() -> DATABASE.database().inTransaction(() -> {
            conversations.lock(id).orElseThrow();
            conversations.markLeft(id, member, AT.plusSeconds(1));
            removed.countDown();
            await(release);
            return null;
        }), runnable -> Thread.ofVirtual().start(runnable));
        removed.await();

        // Admitted before the removal committed (the member was still in), appended after it.
        CompletableFuture<List<AppendAnswer>> batch = CompletableFuture.supplyAsync(
                () -> messages.appendAll(List.of(message(id, member, null), message(id, owner, null))),
                runnable -> Thread.ofVirtual().start(runnable));
        awaitABackendWaitingOnALock();
        release.countDown();
        removal.get();

        assertThat(batch.get().getFirst()).isEqualTo(new Refused(ErrorCode.NOT_A_PARTICIPANT));
        assertThat(((Appended) batch.get().get(1)).message().seq()).isEqualTo(1);
        assertThat(messages.after(id, 0, 10)).extracting(Message::senderId).containsExactly(owner);
    }

    @Test
    void a_direct_message_is_judged_by_blocks_contacts_and_the_peers_privacy_in_the_append() {
        UserId alice = TestUsers.create(DATABASE.database());
        UserId bob = TestUsers.create(DATABASE.database());
        UserId carol = TestUsers.create(DATABASE.database());
        UserId dave = TestUsers.create(DATABASE.database());
        ConversationId withBob = direct(alice, bob);
        ConversationId withCarol = direct(alice, carol);
        ConversationId withDave = direct(alice, dave);
        execute("INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES (?, ?, now())", bob, alice);
        execute("UPDATE users SET who_can_message = 'contacts' WHERE id = ? OR id = ?", carol, dave);
        execute("INSERT INTO contacts (user_id, contact_id, created_at) VALUES (?, ?, now()), (?, ?, now())",
                alice, dave, dave, alice);

        List<AppendAnswer> answers = messages.appendAll(List.of(message(withBob, alice, null),
                message(withCarol, alice, null), message(withDave, alice, null), message(withCarol, carol, null)));

        assertThat(answers.subList(0, 2)).containsExactly(new Refused(ErrorCode.BLOCKED),
                new Refused(ErrorCode.PRIVACY_RESTRICTED));
        assertThat(answers.subList(2, 4)).allSatisfy(answer -> assertThat(answer).isInstanceOf(Appended.class));
    }

    @Test
    void two_batches_of_one_conversation_at_once_get_consecutive_seqs() throws Exception {
        UserId sender = TestUsers.create(DATABASE.database());
        ConversationId id = conversation(sender);
        List<CompletableFuture<List<AppendAnswer>>> batches = new java.util.ArrayList<>();
        for (int b = 0; b < 8; b++) {
            batches.add(CompletableFuture.supplyAsync(() -> messages.appendAll(List.of(message(id, sender, null),
                    message(id, sender, null), message(id, sender, null))), runnable -> Thread.ofVirtual().start(runnable)));
        }
        List<Long> seqs = new java.util.ArrayList<>();
        for (var batch : batches) {
            batch.get().forEach(answer -> seqs.add(((Appended) answer).message().seq()));
        }

        assertThat(seqs).containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, 24).boxed().toList());
    }

    /** The second batch is really blocked behind the first one's uncommitted rows (not merely slow to start). */
    private static void awaitABackendWaitingOnALock() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            long waiting = DATABASE.database().withHandle(handle -> handle.createQuery("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'""").mapTo(Long.class).one());
            if (waiting > 0) {
                return;
            }
            assertThat(System.nanoTime()).as("a backend waiting on a lock within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private CompletableFuture<Appended> firstHoldingItsLock(ConversationId id, UserId sender, CountDownLatch appended,
                                                           CountDownLatch release) {
        return CompletableFuture.supplyAsync(() -> DATABASE.database().inTransaction(() -> {
            Appended answer = (Appended) messages.appendAll(List.of(message(id, sender, "k"))).getFirst();
            appended.countDown();
            await(release);
            return answer;
        }), runnable -> Thread.ofVirtual().start(runnable));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    private ConversationId conversation(UserId owner, UserId... members) {
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(AT)), ConversationType.GROUP, "g",
                owner, 1 + members.length, AT);
        List<Participant> participants = new java.util.ArrayList<>();
        participants.add(new Participant(conversation.id(), owner, Role.OWNER, AT));
        for (UserId member : members) {
            participants.add(new Participant(conversation.id(), member, Role.MEMBER, AT));
        }
        conversations.insert(conversation, null, participants);
        return conversation.id();
    }

    private ConversationId direct(UserId a, UserId b) {
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(AT)), ConversationType.DIRECT, null,
                a, 2, AT);
        conversations.insert(conversation, a + ":" + b, List.of(new Participant(conversation.id(), a, Role.MEMBER, AT),
                new Participant(conversation.id(), b, Role.MEMBER, AT)));
        return conversation.id();
    }

    private static void execute(String sql, UserId... users) {
        DATABASE.database().withConnection(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < users.length; i++) {
                    statement.setObject(i + 1, users[i].value());
                }
                return statement.executeUpdate();
            }
        });
    }

    private static NewMessage message(ConversationId id, UserId sender, String clientMsgId) {
        return new NewMessage(new MessageId(Ids.newId(AT)), id, sender, MessageType.TEXT, "hi", null, clientMsgId, AT);
    }
}

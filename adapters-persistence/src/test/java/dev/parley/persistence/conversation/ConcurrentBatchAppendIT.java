package dev.parley.persistence.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.out.MessageRepository.Appended;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.testing.TestDatabases;
import dev.parley.persistence.testing.TestUsers;
import dev.parley.domain.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batches appended at once (as on two nodes): the same client_msg_id is never stored twice and no seq is
 * left as a hole; concurrent batches of one conversation get consecutive seqs.
 */
class ConcurrentBatchAppendIT {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private static HikariDataSource dataSource;
    private static Database database;

    private final JdbiConversationRepository conversations = new JdbiConversationRepository(database);
    private final JdbiMessageRepository messages = new JdbiMessageRepository(database);

    @BeforeAll
    static void openDatabase() {
        dataSource = DatabaseBootstrap.open(TestDatabases.fresh(), 5);
        database = new Database(dataSource);
    }

    @AfterAll
    static void closeDatabase() {
        dataSource.close();
    }

    @Test
    void an_append_racing_a_concurrent_duplicate_fails_whole_and_takes_no_seq_then_a_retry_answers_the_original()
            throws Exception {
        UserId sender = TestUsers.create(database);
        ConversationId id = conversation(sender);
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Appended> first = firstHoldingItsLock(id, sender, firstAppended, release);
        firstAppended.await();

        // Its snapshot predates the first commit, so only the unique index can catch the duplicate.
        CompletableFuture<List<Optional<Appended>>> second = CompletableFuture.supplyAsync(
                () -> messages.appendAll(List.of(message(id, sender, null), message(id, sender, "k"))),
                runnable -> Thread.ofVirtual().start(runnable));
        awaitABackendWaitingOnALock();
        release.countDown();

        assertThat(first.get().created()).isTrue();
        assertThatThrownBy(second::get).isInstanceOf(ExecutionException.class);
        assertThat(conversations.find(id).orElseThrow().lastSeq()).isEqualTo(1);
        assertThat(messages.after(id, 0, 10)).hasSize(1);
        assertThat(messages.appendAll(List.of(message(id, sender, "k"))).getFirst())
                .contains(new Appended(first.get().message(), false));
    }

    @Test
    void two_batches_of_one_conversation_at_once_get_consecutive_seqs() throws Exception {
        UserId sender = TestUsers.create(database);
        ConversationId id = conversation(sender);
        List<CompletableFuture<List<Optional<Appended>>>> batches = new java.util.ArrayList<>();
        for (int b = 0; b < 8; b++) {
            batches.add(CompletableFuture.supplyAsync(() -> messages.appendAll(List.of(message(id, sender, null),
                    message(id, sender, null), message(id, sender, null))), runnable -> Thread.ofVirtual().start(runnable)));
        }
        List<Long> seqs = new java.util.ArrayList<>();
        for (var batch : batches) {
            batch.get().forEach(answer -> seqs.add(answer.orElseThrow().message().seq()));
        }

        assertThat(seqs).containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, 24).boxed().toList());
    }

    /** The second batch is really blocked behind the first one's uncommitted rows (not merely slow to start). */
    private static void awaitABackendWaitingOnALock() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            long waiting = database.withHandle(handle -> handle.createQuery("""
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
        return CompletableFuture.supplyAsync(() -> database.inTransaction(() -> {
            Appended answer = messages.appendAll(List.of(message(id, sender, "k"))).getFirst().orElseThrow();
            appended.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            }
            return answer;
        }), runnable -> Thread.ofVirtual().start(runnable));
    }

    private ConversationId conversation(UserId owner) {
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(AT)), ConversationType.GROUP, "g",
                owner, 1, AT);
        conversations.insert(conversation, null, List.of(new Participant(conversation.id(), owner, Role.OWNER, AT)));
        return conversation.id();
    }

    private static NewMessage message(ConversationId id, UserId sender, String clientMsgId) {
        return new NewMessage(new MessageId(Ids.newId(AT)), id, sender, MessageType.TEXT, "hi", null, clientMsgId, AT);
    }
}

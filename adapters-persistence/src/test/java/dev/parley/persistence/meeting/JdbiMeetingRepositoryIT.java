package dev.parley.persistence.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.meeting.MeetingRepositoryContract;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.meeting.out.MeetingTracks;
import dev.parley.persistence.ManagedDatabase;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.persistence.conversation.JdbiConversationRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.testing.TestDatabases;
import dev.parley.persistence.testing.TestUsers;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The meeting store on PostgreSQL with the real migrations: the contract, SKIP LOCKED claims and index use. */
class JdbiMeetingRepositoryIT extends MeetingRepositoryContract {
    private static ManagedDatabase managed;
    private static Database database;
    private static JdbiMeetingRepository meetings;
    private static JdbiMeetingParticipants participants;

    @BeforeAll
    static void start() throws Exception {
        managed = ManagedDatabase.start(new PersistenceSettings(Optional.of(TestDatabases.freshUrl()),
                Files.createTempDirectory("parley-meetings"), 4));
        database = managed.database();
        meetings = new JdbiMeetingRepository(database);
        participants = new JdbiMeetingParticipants(database);
    }

    @AfterAll
    static void stop() throws Exception {
        managed.close();
    }

    @Override
    protected MeetingRepository meetings() {
        return meetings;
    }

    @Override
    protected MeetingParticipants participants() {
        return participants;
    }

    @Override
    protected MeetingTracks tracks() {
        return new JdbiMeetingTracks(database);
    }

    @Override
    protected UserId newUser() {
        return TestUsers.create(database);
    }

    @Override
    protected ConversationId newConversation(UserId createdBy) {
        UUID id = UUID.randomUUID();
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO conversations (id, type, name, created_by, created_at, updated_at, last_activity_at)
                        VALUES (:id, 'group', 'chat', :by, now(), now(), now())""")
                .bind("id", id).bind("by", createdBy.value()).execute());
        return new ConversationId(id);
    }

    @Test
    void a_meeting_claimed_by_one_sweeper_is_skipped_by_another() throws Exception {
        Meeting due = scheduled(newUser(), T0, 1);
        meetings.insert(due);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> database.run(() -> {
            assertThat(meetings.claimDue(T0.plusSeconds(120), Duration.ofMinutes(5), 10)).extracting(Meeting::id)
                    .contains(due.id());
            claimed.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(claimed.await(5, TimeUnit.SECONDS)).isTrue();

        List<Meeting> second = database.inTransaction(
                () -> meetings.claimDue(T0.plusSeconds(120), Duration.ofMinutes(5), 10));

        release.countDown();
        first.join();
        assertThat(second).extracting(Meeting::id).doesNotContain(due.id());
    }

    @Test
    void the_meeting_chat_follows_its_meeting_and_stays_out_of_conversation_lists() {
        UserId host = newUser();
        Meeting meeting = scheduled(host, T0, 60);
        meetings.insert(meeting);
        meetings.update(meeting.edit(host, meeting.details(), new dev.parley.domain.meeting.MeetingSettings(10, false,
                false, false), T0));

        String type = database.withHandle(handle -> handle.createQuery(
                        "SELECT type || ':' || meeting_id FROM conversations WHERE id = :id")
                .bind("id", meeting.conversationId().value()).mapTo(String.class).one());
        assertThat(type).isEqualTo("broadcast:" + meeting.id());
    }

    @Test
    void every_conversation_read_knows_a_meetings_chat_from_an_ordinary_group() {
        UserId host = newUser();
        Meeting meeting = scheduled(host, T0, 60);
        meetings.insert(meeting);
        ConversationId group = newConversation(host);
        JdbiConversationRepository conversations = new JdbiConversationRepository(database);

        assertThat(conversations.find(meeting.conversationId())).map(Conversation::meetingChat).contains(true);
        assertThat(database.inTransaction(() -> conversations.lock(meeting.conversationId())))
                .map(Conversation::meetingChat).contains(true);
        assertThat(conversations.findAsSeenBy(meeting.conversationId(), host))
                .map(seen -> seen.conversation().meetingChat()).contains(true);
        assertThat(conversations.find(group)).map(Conversation::meetingChat).contains(false);
    }

    @Test
    void the_sweeper_uses_its_partial_indexes() {
        String plan = database.inTransaction(() -> database.withHandle(handle -> {
            handle.execute("SET LOCAL enable_seqscan = off");
            return String.join("\n", handle.createQuery("""
                    EXPLAIN SELECT * FROM meetings WHERE id IN (
                        (SELECT id FROM meetings WHERE status <> 'ended' AND expires_at <= now() ORDER BY expires_at LIMIT 100)
                        UNION
                        (SELECT id FROM meetings WHERE status = 'active' AND empty_since IS NOT NULL
                            AND empty_since <= now() ORDER BY empty_since LIMIT 100))
                    LIMIT 100 FOR UPDATE SKIP LOCKED""").mapTo(String.class).list());
        }));

        assertThat(plan).contains("meetings_expiry_due").contains("meetings_empty_due");
    }
}

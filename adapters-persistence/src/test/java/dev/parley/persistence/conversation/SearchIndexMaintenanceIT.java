package dev.parley.persistence.conversation;

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
import dev.parley.persistence.testing.FreshDatabase;
import dev.parley.persistence.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search index's pending list is merged in the background, and what was merged is still found. */
class SearchIndexMaintenanceIT {
    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase(3);

    private final JdbiConversationRepository conversations = new JdbiConversationRepository(DATABASE.database());
    private final JdbiMessageRepository messages = new JdbiMessageRepository(DATABASE.database());

    @Test
    void a_merge_empties_the_pending_list_and_every_message_is_still_found() throws Exception {
        UserId sender = TestUsers.create(DATABASE.database());
        ConversationId id = conversation(sender);
        messages.appendAll(IntStream.range(0, 50).mapToObj(i -> message(id, sender, "harbour lighthouse " + i)).toList());
        try (SearchIndexMaintenance maintenance = SearchIndexMaintenance.start(DATABASE.dataSource(), Duration.ofHours(1))) {
            assertThat(maintenance.mergePending()).as("pages the inserts left pending").isPositive();
            assertThat(maintenance.mergePending()).as("nothing left after one merge").isZero();
        }
        assertThat(messages.search(id, "lighthouse", Long.MAX_VALUE, 100)).extracting(Message::content).hasSize(50);
    }

    @Test
    void once_started_it_merges_by_itself() throws Exception {
        UserId sender = TestUsers.create(DATABASE.database());
        ConversationId id = conversation(sender);
        try (SearchIndexMaintenance maintenance = SearchIndexMaintenance.start(DATABASE.dataSource(), Duration.ofMillis(20))) {
            messages.appendAll(List.of(message(id, sender, "merged without being asked")));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (maintenance.mergedPages() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(maintenance.mergedPages()).isPositive();
        }
        assertThat(messages.search(id, "asked", Long.MAX_VALUE, 10)).hasSize(1);
    }

    private ConversationId conversation(UserId owner) {
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(AT)), ConversationType.GROUP, "g",
                owner, 1, AT);
        conversations.insert(conversation, null, List.of(new Participant(conversation.id(), owner, Role.OWNER, AT)));
        return conversation.id();
    }

    private static NewMessage message(ConversationId id, UserId sender, String content) {
        return new NewMessage(new MessageId(Ids.newId(AT)), id, sender, MessageType.TEXT, content, null, null, AT);
    }
}

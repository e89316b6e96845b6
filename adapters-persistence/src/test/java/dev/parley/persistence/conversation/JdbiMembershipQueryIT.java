package dev.parley.persistence.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.shared.Ids;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.testing.TestDatabases;
import dev.parley.persistence.testing.TestUsers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who is in which conversation, as real-time fan-out will ask. */
class JdbiMembershipQueryIT {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static HikariDataSource dataSource;
    private static Database database;

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
    void members_conversations_and_peers_follow_leaving_and_deleting() {
        JdbiConversationRepository conversations = new JdbiConversationRepository(database);
        JdbiMembershipQuery memberships = new JdbiMembershipQuery(database);
        UserId alice = TestUsers.create(database);
        UserId bob = TestUsers.create(database);
        UserId carol = TestUsers.create(database);
        Conversation one = group(conversations, alice, bob, carol);
        Conversation two = group(conversations, alice, bob);

        assertThat(memberships.members(one.id())).containsExactly(alice, bob, carol);
        assertThat(memberships.conversationsOf(bob)).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(memberships.peersOf(alice)).containsExactlyInAnyOrder(bob, carol);

        conversations.markLeft(one.id(), carol, T0.plusSeconds(1));
        assertThat(memberships.peersOf(alice)).containsExactly(bob);
        conversations.update(two.deleted(T0.plusSeconds(2)));
        assertThat(memberships.conversationsOf(bob)).containsExactly(one.id());
        assertThat(memberships.members(two.id())).isEmpty();
    }

    private static Conversation group(JdbiConversationRepository conversations, UserId owner, UserId... members) {
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(T0)), ConversationType.GROUP, "g",
                owner, members.length + 1, T0);
        List<Participant> participants = new java.util.ArrayList<>();
        participants.add(new Participant(conversation.id(), owner, Role.OWNER, T0));
        for (int i = 0; i < members.length; i++) {
            participants.add(new Participant(conversation.id(), members[i], Role.MEMBER, T0.plusMillis(i + 1)));
        }
        conversations.insert(conversation, null, participants);
        return conversation;
    }
}

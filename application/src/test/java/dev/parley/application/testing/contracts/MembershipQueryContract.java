package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.shared.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is in which conversation, as real-time fan-out asks: only active members of conversations not deleted. */
public abstract class MembershipQueryContract {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    /** The store the query reads: both must see the same conversations. */
    protected abstract ConversationRepository conversations();

    protected abstract MembershipQuery memberships();

    protected abstract UserRepository users();

    @Test
    void members_conversations_and_peers_follow_leaving_and_deleting() {
        UserId alice = ContractUsers.register(users());
        UserId bob = ContractUsers.register(users());
        UserId carol = ContractUsers.register(users());
        Conversation one = group(alice, bob, carol);
        Conversation two = group(alice, bob);

        assertThat(memberships().members(one.id())).containsExactly(alice, bob, carol);
        assertThat(memberships().conversationsOf(bob)).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(memberships().peersOf(alice)).containsExactlyInAnyOrder(bob, carol);

        conversations().markLeft(one.id(), carol, T0.plusSeconds(1));
        assertThat(memberships().peersOf(alice)).containsExactly(bob);
        assertThat(memberships().members(one.id())).containsExactly(alice, bob);
        conversations().update(two.deleted(T0.plusSeconds(2)));
        assertThat(memberships().conversationsOf(bob)).containsExactly(one.id());
        assertThat(memberships().members(two.id())).isEmpty();
    }

    @Test
    void an_unknown_conversation_has_no_members_and_a_loner_no_peers() {
        UserId loner = ContractUsers.register(users());

        assertThat(memberships().members(new ConversationId(Ids.newId(T0)))).isEmpty();
        assertThat(memberships().conversationsOf(loner)).isEmpty();
        assertThat(memberships().peersOf(loner)).isEmpty();
    }

    private Conversation group(UserId owner, UserId... members) {
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(T0)), ConversationType.GROUP, "g",
                owner, members.length + 1, T0);
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(conversation.id(), owner, Role.OWNER, T0));
        for (int i = 0; i < members.length; i++) {
            participants.add(new Participant(conversation.id(), members[i], Role.MEMBER, T0.plusMillis(i + 1)));
        }
        conversations().insert(conversation, null, participants);
        return conversation;
    }
}

package dev.parley.application.conversation;

import dev.parley.application.testing.contracts.MembershipQueryContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.conversation.InMemoryConversationData;
import dev.parley.inmemory.conversation.InMemoryConversationRepository;
import dev.parley.inmemory.conversation.InMemoryMembershipQuery;

/** The in-memory membership query against the contract JdbiMembershipQueryIT runs on PostgreSQL. */
class InMemoryMembershipQueryContractTest extends MembershipQueryContract {
    private final InMemoryConversationData data = new InMemoryConversationData();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected ConversationRepository conversations() {
        return new InMemoryConversationRepository(data);
    }

    @Override
    protected MembershipQuery memberships() {
        return new InMemoryMembershipQuery(data);
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}

package dev.parley.persistence.conversation;

import dev.parley.application.testing.contracts.MembershipQueryContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who is in which conversation, as real-time fan-out will ask: the membership contract on PostgreSQL. */
class JdbiMembershipQueryIT extends MembershipQueryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase(5);

    @Override
    protected ConversationRepository conversations() {
        return new JdbiConversationRepository(DATABASE.database());
    }

    @Override
    protected MembershipQuery memberships() {
        return new JdbiMembershipQuery(DATABASE.database());
    }

    @Override
    protected UserRepository users() {
        return new JdbiUserRepository(DATABASE.database());
    }
}

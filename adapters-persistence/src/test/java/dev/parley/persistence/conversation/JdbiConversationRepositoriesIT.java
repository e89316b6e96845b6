package dev.parley.persistence.conversation;

import dev.parley.application.conversation.fakes.MessageRepositoryContract;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.persistence.testing.FreshDatabase;
import dev.parley.persistence.testing.TestUsers;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The conversation and message contract on PostgreSQL with the real Flyway scripts. */
class JdbiConversationRepositoriesIT extends MessageRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase(5);

    @Override
    protected ConversationRepository conversations() {
        return new JdbiConversationRepository(DATABASE.database());
    }

    @Override
    protected MessageRepository messages() {
        return new JdbiMessageRepository(DATABASE.database());
    }

    @Override
    protected UserId newUser() {
        return TestUsers.create(DATABASE.database());
    }
}

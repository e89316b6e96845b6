package dev.parley.persistence.conversation;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.persistence.database.Database;
import javax.inject.Singleton;

/** PostgreSQL adapters of conversations and messages. */
@Module
public final class ConversationPersistenceModule {
    private ConversationPersistenceModule() {
    }

    @Provides
    @Singleton
    static ConversationRepository conversations(Database database) {
        return new JdbiConversationRepository(database);
    }

    @Provides
    @Singleton
    static MessageRepository messages(Database database) {
        return new JdbiMessageRepository(database);
    }

    @Provides
    @Singleton
    static MembershipQuery memberships(Database database) {
        return new JdbiMembershipQuery(database);
    }
}

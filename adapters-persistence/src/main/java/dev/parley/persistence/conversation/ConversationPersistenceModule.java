package dev.parley.persistence.conversation;

import dagger.Module;

/** PostgreSQL adapters of conversations and messages. */
@Module
public final class ConversationPersistenceModule {
    private ConversationPersistenceModule() {
    }
}

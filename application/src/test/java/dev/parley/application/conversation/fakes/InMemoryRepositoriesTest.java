package dev.parley.application.conversation.fakes;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.inmemory.conversation.InMemoryConversationData;
import dev.parley.inmemory.conversation.InMemoryConversationRepository;
import dev.parley.inmemory.conversation.InMemoryMessageRepository;
import java.util.UUID;

/** The fakes pass the same contract as the PostgreSQL adapters, so service tests on them mean something. */
class InMemoryRepositoriesTest extends MessageRepositoryContract {
    private final InMemoryConversationData data = new InMemoryConversationData();
    private final InMemoryConversationRepository conversations = new InMemoryConversationRepository(data);
    private final InMemoryMessageRepository messages = new InMemoryMessageRepository(data);

    @Override
    protected ConversationRepository conversations() {
        return conversations;
    }

    @Override
    protected MessageRepository messages() {
        return messages;
    }

    @Override
    protected UserId newUser() {
        return new UserId(UUID.randomUUID());
    }
}

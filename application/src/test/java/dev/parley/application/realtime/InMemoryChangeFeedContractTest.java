package dev.parley.application.realtime;

import dev.parley.application.testing.contracts.ChangeFeedContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.call.InMemoryCallRepository;
import dev.parley.inmemory.conversation.InMemoryConversationData;
import dev.parley.inmemory.conversation.InMemoryConversationRepository;
import dev.parley.inmemory.people.InMemoryContactRequestRepository;
import dev.parley.inmemory.realtime.InMemoryChangeFeed;

/** The in-memory change feed honours the PostgreSQL feed's contract (JdbiChangeFeedIT). */
class InMemoryChangeFeedContractTest extends ChangeFeedContract {
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryConversationData data = new InMemoryConversationData();
    private final InMemoryConversationRepository conversations = new InMemoryConversationRepository(data);
    private final InMemoryContactRequestRepository requests = new InMemoryContactRequestRepository();
    private final InMemoryCallRepository calls = new InMemoryCallRepository();
    private final InMemoryChangeFeed feed = new InMemoryChangeFeed(data, requests, calls);

    @Override
    protected ChangeFeed feed() {
        return feed;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected ConversationRepository conversations() {
        return conversations;
    }

    @Override
    protected ContactRequestRepository requests() {
        return requests;
    }

    @Override
    protected CallRepository calls() {
        return calls;
    }
}

package dev.parley.application.conversation;

import dev.parley.application.conversation.fakes.ScriptedReachability;
import dev.parley.application.conversation.fakes.TickingClock;
import dev.parley.application.testing.RecordingEventPublisher;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.conversation.InMemoryConversationData;
import dev.parley.inmemory.conversation.InMemoryConversationRepository;
import dev.parley.inmemory.conversation.InMemoryMessageRepository;
import dev.parley.inmemory.shared.DirectTransactions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Every conversation service wired to in-memory fakes, plus shortcuts the service tests share. */
final class ConversationFixture {
    final InMemoryConversationData data = new InMemoryConversationData();
    final InMemoryConversationRepository conversations = new InMemoryConversationRepository(data);
    final ScriptedReachability reachability = new ScriptedReachability();
    final InMemoryMessageRepository messages = new InMemoryMessageRepository(data, reachability);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final DirectTransactions transactions = new DirectTransactions();
    final TickingClock clock = new TickingClock(Instant.parse("2026-11-21T10:00:00Z"));
    final ConversationSettings settings = new ConversationSettings(10, 4);

    final CreateConversationService create = new CreateConversationService(conversations, users, reachability,
            settings, transactions, events, clock);
    /** Commits on the caller's thread: nothing to close. */
    final SendQueue queue = new DirectSendQueue(conversations, messages, events);
    final SendMessageService send = new SendMessageService(queue, settings, clock);
    final ParticipantsService participants = new ParticipantsService(conversations, messages, users, reachability,
            settings, transactions, events, clock);
    final ChangeMessageService change = new ChangeMessageService(conversations, messages, settings, transactions,
            events, clock);
    final MarkReadService markRead = new MarkReadService(conversations, messages, events);
    final MessageQueryService queries = new MessageQueryService(conversations, messages);

    UserId user(String name) {
        User user = users.add(name);
        return user.id();
    }

    ConversationId direct(UserId from, UserId to) {
        return create.create(new CreateConversationUseCase.Command(from, ConversationType.DIRECT, to, null, null))
                .conversation().conversation().id();
    }

    ConversationId group(ConversationType type, UserId owner, UserId... members) {
        return create.create(new CreateConversationUseCase.Command(owner, type, null, Arrays.asList(members), "g"))
                .conversation().conversation().id();
    }

    Message post(UserId sender, ConversationId id, String content) {
        return send.send(command(sender, id, content, null)).message();
    }

    static SendMessageUseCase.Command command(UserId sender, ConversationId id, String content, String clientMsgId) {
        return new SendMessageUseCase.Command(sender, id, content, clientMsgId, null, List.of());
    }
}

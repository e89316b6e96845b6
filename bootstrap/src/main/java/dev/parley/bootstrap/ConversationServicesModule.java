package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.application.conversation.ChangeMessageService;
import dev.parley.application.file.AttachmentRules;
import dev.parley.application.file.AvatarService;
import dev.parley.application.conversation.ConversationQueryService;
import dev.parley.application.conversation.ConversationSettings;
import dev.parley.application.conversation.CreateConversationService;
import dev.parley.application.conversation.GroupCommitSendQueue;
import dev.parley.application.conversation.ManageConversationService;
import dev.parley.application.conversation.MarkReadService;
import dev.parley.application.conversation.MessageQueryService;
import dev.parley.application.conversation.ParticipantsService;
import dev.parley.application.conversation.SendMessageService;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.in.ChangeMessageUseCase;
import dev.parley.domain.conversation.in.ConversationQueriesUseCase;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.ManageConversationUseCase;
import dev.parley.domain.conversation.in.MarkReadUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.in.ParticipantsUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Transactions;
import dev.parley.domain.shared.RateLimiter;
import java.time.Clock;
import javax.inject.Singleton;

/** Wires the conversation and message use cases to their ports. */
@Module
final class ConversationServicesModule {
    private ConversationServicesModule() {
    }

    @Provides
    static ConversationSettings conversationSettings(ParleyConfig config) {
        return config.conversations();
    }

    @Provides
    @Singleton
    static CreateConversationUseCase createConversation(ConversationRepository conversations, UserRepository users,
                                                        ReachabilityCheck reachability, ConversationSettings settings,
                                                        Transactions transactions, EventPublisher events, Clock clock) {
        return new CreateConversationService(conversations, users, reachability, settings, transactions, events, clock);
    }

    @Provides
    @Singleton
    static ConversationQueriesUseCase conversationQueries(ConversationRepository conversations, MessageRepository messages) {
        return new ConversationQueryService(conversations, messages);
    }

    @Provides
    @Singleton
    static ManageConversationUseCase manageConversation(ConversationRepository conversations, MessageRepository messages,
                                                        Transactions transactions, EventPublisher events, Clock clock,
                                                        AvatarService avatars) {
        return new ManageConversationService(conversations, messages, transactions, events, clock, avatars);
    }

    @Provides
    @Singleton
    static ParticipantsUseCase participants(ConversationRepository conversations, MessageRepository messages,
                                            UserRepository users, ReachabilityCheck reachability,
                                            ConversationSettings settings, Transactions transactions,
                                            EventPublisher events, Clock clock) {
        return new ParticipantsService(conversations, messages, users, reachability, settings, transactions, events, clock);
    }

    /** One queue per node: it owns the group-commit writers, stopped with the node. */
    @Provides
    @Singleton
    static GroupCommitSendQueue sendQueue(ConversationRepository conversations, MessageRepository messages,
                                          EventPublisher events, ConversationSettings settings) {
        return new GroupCommitSendQueue(conversations, messages, events, settings);
    }

    @Provides
    @Singleton
    static SendMessageUseCase sendMessage(GroupCommitSendQueue queue, ConversationSettings settings, Clock clock,
                                          RateLimiter limiter, AttachmentRules attachments) {
        return new SendMessageService(queue, settings, clock, limiter, attachments);
    }

    @Provides
    @IntoSet
    static AutoCloseable stopSendWriters(GroupCommitSendQueue queue) {
        return queue;
    }

    @Provides
    @Singleton
    static MessageQueriesUseCase messageQueries(ConversationRepository conversations, MessageRepository messages) {
        return new MessageQueryService(conversations, messages);
    }

    @Provides
    @Singleton
    static ChangeMessageUseCase changeMessage(ConversationRepository conversations, MessageRepository messages,
                                              ConversationSettings settings, Transactions transactions,
                                              EventPublisher events, Clock clock) {
        return new ChangeMessageService(conversations, messages, settings, transactions, events, clock);
    }

    @Provides
    @Singleton
    static MarkReadUseCase markRead(ConversationRepository conversations, MessageRepository messages,
                                    EventPublisher events) {
        return new MarkReadService(conversations, messages, events);
    }
}

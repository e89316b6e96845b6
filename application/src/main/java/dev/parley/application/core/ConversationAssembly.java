package dev.parley.application.core;

import dev.parley.application.conversation.ChangeMessageService;
import dev.parley.application.conversation.ConversationQueryService;
import dev.parley.application.conversation.ConversationSettings;
import dev.parley.application.conversation.CreateConversationService;
import dev.parley.application.conversation.ManageConversationService;
import dev.parley.application.conversation.MarkReadService;
import dev.parley.application.conversation.MessageQueryService;
import dev.parley.application.conversation.ParticipantsService;
import dev.parley.application.conversation.DirectSendQueue;
import dev.parley.application.conversation.GroupCommitSendQueue;
import dev.parley.application.conversation.SendMessageService;
import dev.parley.application.conversation.SendQueue;
import dev.parley.domain.conversation.in.ChangeMessageUseCase;
import dev.parley.domain.conversation.in.ConversationQueriesUseCase;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.ManageConversationUseCase;
import dev.parley.domain.conversation.in.MarkReadUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.in.ParticipantsUseCase;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.EventPublisher;

/** The conversation and message use cases; the send queue (group-commit writers, or none) lives until closed. */
final class ConversationAssembly {
    final CreateConversationUseCase create;
    final ConversationQueriesUseCase queries;
    final ManageConversationUseCase manage;
    final ParticipantsUseCase participants;
    final SendQueue sendQueue;
    final SendMessageService send;
    final MessageQueriesUseCase messageQueries;
    final ChangeMessageUseCase change;
    final MarkReadUseCase markRead;

    ConversationAssembly(Ports ports, EventPublisher events, ConversationSettings settings,
                         ReachabilityCheck reachability, FileAssembly files, SendMode sendMode) {
        var clock = ports.clock();
        var transactions = ports.transactions();
        var conversations = ports.conversations();
        var messages = ports.messages();
        create = new CreateConversationService(conversations, ports.users(), reachability, settings, transactions,
                events, clock);
        queries = new ConversationQueryService(conversations, messages);
        manage = new ManageConversationService(conversations, messages, transactions, events, clock, files.avatars);
        participants = new ParticipantsService(conversations, messages, ports.users(), reachability, settings,
                transactions, events, clock);
        sendQueue = switch (sendMode) {
            case GROUP_COMMIT -> new GroupCommitSendQueue(conversations, messages, events, settings);
            case DIRECT -> new DirectSendQueue(conversations, messages, events);
        };
        send = new SendMessageService(sendQueue, settings, clock, ports.rateLimiter(), files.attachments);
        messageQueries = new MessageQueryService(conversations, messages);
        change = new ChangeMessageService(conversations, messages, settings, transactions, events, clock);
        markRead = new MarkReadService(conversations, messages, events);
    }
}

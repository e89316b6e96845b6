package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.core.ParleyCore;
import dev.parley.domain.conversation.in.ChangeMessageUseCase;
import dev.parley.domain.conversation.in.ConversationQueriesUseCase;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.ManageConversationUseCase;
import dev.parley.domain.conversation.in.MarkReadUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.in.ParticipantsUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;

/** Hands the HTTP adapter the core's conversation and message use cases. */
@Module
final class ConversationServicesModule {
    private ConversationServicesModule() {
    }

    @Provides
    static CreateConversationUseCase createConversation(ParleyCore core) {
        return core.createConversation();
    }

    @Provides
    static ConversationQueriesUseCase conversationQueries(ParleyCore core) {
        return core.conversationQueries();
    }

    @Provides
    static ManageConversationUseCase manageConversation(ParleyCore core) {
        return core.manageConversation();
    }

    @Provides
    static ParticipantsUseCase participants(ParleyCore core) {
        return core.participants();
    }

    @Provides
    static SendMessageUseCase sendMessage(ParleyCore core) {
        return core.sendMessage();
    }

    @Provides
    static MessageQueriesUseCase messageQueries(ParleyCore core) {
        return core.messageQueries();
    }

    @Provides
    static ChangeMessageUseCase changeMessage(ParleyCore core) {
        return core.changeMessage();
    }

    @Provides
    static MarkReadUseCase markRead(ParleyCore core) {
        return core.markRead();
    }
}

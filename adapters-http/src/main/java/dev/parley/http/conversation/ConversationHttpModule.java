package dev.parley.http.conversation;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.domain.conversation.in.ChangeMessageUseCase;
import dev.parley.domain.conversation.in.ConversationQueriesUseCase;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.ManageConversationUseCase;
import dev.parley.domain.conversation.in.MarkReadUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.in.ParticipantsUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.http.server.RouteGroup;

/** HTTP routes of conversations and messages. */
@Module
public final class ConversationHttpModule {
    private ConversationHttpModule() {
    }

    @Provides
    @IntoSet
    static RouteGroup conversationRoutes(CreateConversationUseCase create, ConversationQueriesUseCase queries,
                                         ManageConversationUseCase manage, ParticipantsUseCase participants,
                                         MarkReadUseCase markRead) {
        return new ConversationRoutes(create, queries, manage, participants, markRead);
    }

    @Provides
    @IntoSet
    static RouteGroup messageRoutes(SendMessageUseCase send, MessageQueriesUseCase queries, ChangeMessageUseCase change) {
        return new MessageRoutes(send, queries, change);
    }
}

package dev.parley.http.conversation;

import dagger.Module;

/** HTTP routes of conversations and messages. */
@Module
public final class ConversationHttpModule {
    private ConversationHttpModule() {
    }
}

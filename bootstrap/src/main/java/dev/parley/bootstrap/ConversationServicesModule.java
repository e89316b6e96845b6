package dev.parley.bootstrap;

import dagger.Module;

/** Wires the conversation and message use cases to their ports. */
@Module
final class ConversationServicesModule {
    private ConversationServicesModule() {
    }
}

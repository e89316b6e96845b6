package dev.parley.bootstrap;

import dagger.Module;

/** Wires the call use cases to their ports. */
@Module
final class CallServicesModule {
    private CallServicesModule() {
    }
}

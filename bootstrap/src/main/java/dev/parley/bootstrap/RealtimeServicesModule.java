package dev.parley.bootstrap;

import dagger.Module;

/** Wires the real-time use cases (presence, typing, receipts, sync) to their ports. */
@Module
final class RealtimeServicesModule {
    private RealtimeServicesModule() {
    }
}

package dev.parley.http.realtime;

import dagger.Module;

/** WebSocket and SSE gateway, tickets and sync. */
@Module
public final class RealtimeHttpModule {
    private RealtimeHttpModule() {
    }
}

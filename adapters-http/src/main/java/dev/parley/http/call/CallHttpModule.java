package dev.parley.http.call;

import dagger.Module;

/** HTTP routes of calls and the LiveKit webhook. */
@Module
public final class CallHttpModule {
    private CallHttpModule() {
    }
}

package dev.parley.http.call;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.domain.call.in.AcceptCallUseCase;
import dev.parley.domain.call.in.CallHistoryUseCase;
import dev.parley.domain.call.in.CancelCallUseCase;
import dev.parley.domain.call.in.DeclineCallUseCase;
import dev.parley.domain.call.in.EndCallUseCase;
import dev.parley.domain.call.in.JoinCallUseCase;
import dev.parley.domain.call.in.PlaceCallUseCase;
import dev.parley.domain.call.in.ReceiveMediaWebhookUseCase;
import dev.parley.http.realtime.EventEncoder;
import dev.parley.http.server.RouteGroup;

/** HTTP routes of calls and the LiveKit webhook, and the {@code call.*} event encoder. */
@Module
public final class CallHttpModule {
    private CallHttpModule() {
    }

    @Provides
    @IntoSet
    static RouteGroup callRoutes(PlaceCallUseCase place, AcceptCallUseCase accept, DeclineCallUseCase decline,
                                 CancelCallUseCase cancel, EndCallUseCase end, JoinCallUseCase join,
                                 CallHistoryUseCase history) {
        return new CallRoutes(place, accept, decline, cancel, end, join, history);
    }

    @Provides
    @IntoSet
    static EventEncoder callEvents() {
        return new CallEventEncoder();
    }

    @Provides
    @IntoSet
    static RouteGroup liveKitWebhookRoutes(ReceiveMediaWebhookUseCase webhooks) {
        return new LiveKitWebhookRoutes(webhooks);
    }
}

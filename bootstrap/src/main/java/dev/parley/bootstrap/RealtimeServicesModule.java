package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.core.ParleyCore;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.realtime.in.SyncUseCase;
import dev.parley.domain.realtime.in.TrackPresenceUseCase;
import dev.parley.domain.realtime.in.TypingUseCase;

/**
 * Hands the HTTP adapter the core's real-time use cases (tickets, presence, sync, typing). Delivery itself (who
 * hears each committed event) is the core's own {@code DeliveryService}; the adapter only encodes and transports.
 */
@Module
final class RealtimeServicesModule {
    private RealtimeServicesModule() {
    }

    @Provides
    static SocketTicketsUseCase socketTickets(ParleyCore core) {
        return core.socketTickets();
    }

    @Provides
    static TrackPresenceUseCase trackPresence(ParleyCore core) {
        return core.trackPresence();
    }

    @Provides
    static SyncUseCase sync(ParleyCore core) {
        return core.sync();
    }

    @Provides
    static TypingUseCase typing(ParleyCore core) {
        return core.typing();
    }
}

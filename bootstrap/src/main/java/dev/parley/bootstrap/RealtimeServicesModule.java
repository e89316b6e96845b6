package dev.parley.bootstrap;
import dagger.Module;
import dagger.Provides;
import dev.parley.application.core.ParleyCore;
import dev.parley.application.realtime.PresenceAudience;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.realtime.in.TrackPresenceUseCase;
import dev.parley.domain.realtime.in.SyncUseCase;
import dev.parley.domain.realtime.in.TypingUseCase;
import dev.parley.domain.realtime.out.PresenceWatchers;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.http.realtime.RealtimeEventPublisher;


/**
 * Hands the HTTP adapter the core's real-time use cases (tickets, presence, sync, typing), and gives the core its
 * event delivery: the real-time publisher, with presence watchers from contacts + conversation peers + privacy.
 */
@Module
final class RealtimeServicesModule {
    private RealtimeServicesModule() {
    }

    /** Where the core's committed events go to be delivered; the core adds its in-process listeners in front. */
    @Provides
    static EventPublisher eventPublisher(RealtimeEventPublisher delivery) {
        return delivery;
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
    static PresenceWatchers presenceWatchers(UserRepository users, BlockRepository blocks, ContactRepository contacts,
                                             MembershipQuery memberships) {
        return new PresenceAudience(users, blocks, contacts, memberships);
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

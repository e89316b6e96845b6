package dev.parley.http.realtime;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.conversation.in.MarkReadUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.realtime.in.SyncUseCase;
import dev.parley.domain.realtime.in.TrackPresenceUseCase;
import dev.parley.domain.realtime.in.TypingUseCase;
import dev.parley.domain.realtime.in.ConversationAudience;
import dev.parley.domain.realtime.in.ReceiveDeliveriesUseCase;
import dev.parley.domain.realtime.out.EventFrames;
import dev.parley.http.server.RouteGroup;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Set;
import javax.inject.Singleton;


/**
 * WebSocket and SSE gateway (subscribed to the fan-out bus), tickets, and {@link JsonEventFrames}, the wire
 * encoding behind the application's {@link EventFrames}. Features add {@link EventEncoder}s and
 * {@link FrameHandler}s with {@code @IntoSet}.
 */
@Module
public final class RealtimeHttpModule {
    private RealtimeHttpModule() {
    }

    @Provides
    @Singleton
    static EventFrames eventFrames(Set<EventEncoder> encoders) {
        return new JsonEventFrames(encoders);
    }

    @Provides
    @IntoSet
    static EventEncoder sessionRevoked() {
        return new SessionRevokedEncoder();
    }

    @Provides
    @IntoSet
    static EventEncoder presence() {
        return new PresenceEncoder();
    }

    @Provides
    @IntoSet
    static EventEncoder conversationEvents() {
        return new ConversationEventEncoder();
    }

    @Provides
    @IntoSet
    static RouteGroup syncRoutes(SyncUseCase sync) {
        return new SyncRoutes(sync);
    }

    @Provides
    @IntoSet
    static EventEncoder typing() {
        return new TypingEncoder();
    }

    @Provides
    @IntoSet
    static FrameHandler messageSend(SendMessageUseCase send) {
        return new MessageSendHandler(send);
    }

    @Provides
    @IntoSet
    static FrameHandler typingFrames(TypingUseCase typing) {
        return new TypingHandler(typing);
    }

    @Provides
    @IntoSet
    static FrameHandler readFrames(MarkReadUseCase markRead) {
        return new ReadHandler(markRead);
    }

    @Provides
    @Singleton
    static SocketRegistry socketRegistry() {
        return new SocketRegistry();
    }

    @Provides
    @Singleton
    static Gateway gateway(SocketRegistry registry, TrackPresenceUseCase presence, GatewaySettings settings,
                           ReceiveDeliveriesUseCase deliveries, ConversationAudience members,
                           PrometheusMeterRegistry metrics) {
        Gateway gateway = new Gateway(registry, presence, settings);
        deliveries.subscribe(new LocalDispatcher(registry, members));
        Gauge.builder("parley_realtime_connections", gateway, Gateway::connections)
                .description("open WebSocket and SSE connections on this node").register(metrics);
        return gateway;
    }

    @Provides
    @IntoSet
    static AutoCloseable closeGateway(Gateway gateway) {
        return gateway;
    }

    @Provides
    @IntoSet
    static RouteGroup realtimeRoutes(Gateway gateway, AuthenticateUseCase authenticate, SocketTicketsUseCase tickets,
                                     Set<FrameHandler> handlers) {
        Credentials credentials = new Credentials(authenticate, tickets);
        return new RealtimeRoutes(new WebSocketEndpoint(gateway, credentials, new ClientFrames(handlers)),
                new EventStreamEndpoint(gateway, credentials), new TicketRoutes(tickets));
    }
}

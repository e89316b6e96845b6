package dev.parley.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import dev.parley.application.core.ParleyCore;
import dev.parley.application.events.ListenableEventPublisher;
import dev.parley.application.realtime.PresenceService;
import dev.parley.http.realtime.Gateway;
import dev.parley.http.HttpModule;
import dev.parley.livekit.LiveKitModule;
import dev.parley.http.server.HttpServer;
import dev.parley.mail.MailModule;
import dev.parley.persistence.PersistenceModule;
import dev.parley.realtime.RealtimeModule;
import dev.parley.security.SecurityModule;
import dev.parley.storage.StorageModule;
import dev.parley.application.file.FileSweeper;
import java.time.Clock;
import java.util.Set;
import javax.inject.Singleton;

/** The root component: one per node. */
@Singleton
@Component(modules = {
    ConfigModule.class,
    CoreModule.class,
    AccountServicesModule.class,
    PeopleServicesModule.class,
    ConversationServicesModule.class,
    RealtimeServicesModule.class,
    CallServicesModule.class,
    MeetingServicesModule.class,
    FileServicesModule.class,
    PersistenceModule.class,
    LocalDatabaseModule.class,
    SecurityModule.class,
    MailModule.class,
    RealtimeModule.class,
    HttpModule.class,
    LiveKitModule.class,
    StorageModule.class,
})
public interface ParleyComponent {
    HttpServer httpServer();

    /** The node's core: every use case and the background work it owns. */
    ParleyCore core();

    PresenceService presence();

    Gateway gateway();

    /** Every domain event this node publishes, for in-process listeners. */
    ListenableEventPublisher events();

    /** Removes unfinished uploads, never-attached files and the bytes of deleted files, on a timer. */
    FileSweeper fileSweeper();

    /** Closed in reverse order of creation is not guaranteed; each closeable must stand alone. */
    Set<AutoCloseable> closeables();

    /** Builds a node from its configuration and clock. */
    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder config(ParleyConfig config);

        @BindsInstance
        Builder clock(Clock clock);

        ParleyComponent build();
    }
}

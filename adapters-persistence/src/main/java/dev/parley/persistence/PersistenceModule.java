package dev.parley.persistence;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.domain.account.out.PasswordResetRepository;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.MailQueue;
import dev.parley.domain.shared.HealthCheck;
import dev.parley.domain.shared.Transactions;
import dev.parley.persistence.account.JdbiEmailVerificationRepository;
import dev.parley.persistence.account.JdbiPasswordResetRepository;
import dev.parley.persistence.account.JdbiSessionRepository;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.call.CallPersistenceModule;
import dev.parley.persistence.meeting.MeetingPersistenceModule;
import dev.parley.persistence.conversation.ConversationPersistenceModule;
import dev.parley.persistence.file.FilePersistenceModule;
import dev.parley.persistence.people.PeoplePersistenceModule;
import dev.parley.persistence.realtime.RealtimePersistenceModule;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.mail.JdbiMailOutbox;
import javax.inject.Singleton;

/** The persistence adapter's one public module: PostgreSQL implementations of the outgoing ports. */
@Module(includes = {
    ConversationPersistenceModule.class,
    MeetingPersistenceModule.class,
    PeoplePersistenceModule.class,
    CallPersistenceModule.class,
    RealtimePersistenceModule.class,
    FilePersistenceModule.class,
})
public final class PersistenceModule {
    private PersistenceModule() {
    }

    @Provides
    @Singleton
    static ManagedDatabase managedDatabase(PersistenceSettings settings, LocalPostgres local) {
        return ManagedDatabase.start(settings, local);
    }

    @Provides
    @Singleton
    static Database database(ManagedDatabase managed) {
        return managed.database();
    }

    @Provides
    @IntoSet
    static AutoCloseable closeDatabase(ManagedDatabase managed) {
        return managed;
    }

    @Provides
    @IntoSet
    static HealthCheck databaseHealth(ManagedDatabase managed) {
        return managed;
    }

    @Provides
    static Transactions transactions(Database database) {
        return database;
    }

    @Provides
    @Singleton
    static UserRepository users(Database database) {
        return new JdbiUserRepository(database);
    }

    @Provides
    @Singleton
    static SessionRepository sessions(Database database) {
        return new JdbiSessionRepository(database);
    }

    @Provides
    @Singleton
    static EmailVerificationRepository emailVerifications(Database database) {
        return new JdbiEmailVerificationRepository(database);
    }

    @Provides
    @Singleton
    static PasswordResetRepository passwordResets(Database database) {
        return new JdbiPasswordResetRepository(database);
    }

    @Provides
    @Singleton
    static JdbiMailOutbox jdbiMailOutbox(Database database) {
        return new JdbiMailOutbox(database);
    }

    @Provides
    static MailOutbox mailOutbox(JdbiMailOutbox outbox) {
        return outbox;
    }

    @Provides
    static MailQueue mailQueue(JdbiMailOutbox outbox) {
        return outbox;
    }
}

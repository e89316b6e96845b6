package dev.parley.examples.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.application.core.ParleyCore;
import dev.parley.application.core.Ports;
import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase.HistoryQuery;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.embedded.InMemoryCorePorts;
import dev.parley.inmemory.InMemoryPorts;
import dev.parley.persistence.PostgresPorts;
import dev.parley.persistence.database.ConnectionTarget;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Example: the Parley core on PostgreSQL through a connection pool this program owns; the ports PostgreSQL does not
 * cover (fan-out, rate limits, signing, password hashing, mail transport, media) stay in memory. The database must
 * exist; the schema is migrated on start. Run with {@code postgresql://user:password@host:5432/db} as the argument
 * or in {@code PARLEY_DATABASE_URL}.
 */
public final class PostgresExample {
    private PostgresExample() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : System.getenv("PARLEY_DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("pass a database URL, or set PARLEY_DATABASE_URL");
        }
        try (HikariDataSource dataSource = pool(ConnectionTarget.parse(url));
             ParleyCore core = ParleyCore.builder().ports(ports(dataSource, Clock.systemUTC())).build()) {
            core.start();
            // Names of their own on each run: the database outlives the program.
            String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
            UserId alice = register(core, "alice_" + run);
            UserId bob = register(core, "bob_" + run);
            var request = core.contactRequests().send(alice,
                    new ContactRequestsUseCase.SendCommand(null, "bob_" + run, "hi!"));
            core.contactRequests().accept(bob, request.request().id());
            ConversationId chat = core.createConversation().create(new CreateConversationUseCase.Command(
                    alice, ConversationType.DIRECT, bob, List.of(), null)).conversation().conversation().id();
            core.sendMessage().send(new SendMessageUseCase.Command(alice, chat, "Hello, Bob!", "m-1", null, List.of()));
            core.messageQueries().history(bob, chat, new HistoryQuery(null, null, null, 50)).items()
                    .forEach(message -> System.out.println("alice wrote: " + message.content()));
        }
    }

    /** The PostgreSQL ports over {@code dataSource}; every other port from the in-memory adapters. */
    static Ports ports(DataSource dataSource, Clock clock) {
        PostgresPorts postgres = PostgresPorts.create(dataSource);
        return InMemoryCorePorts.builder(InMemoryPorts.create(), clock)
                .transactions(postgres.transactions())
                .users(postgres.users()).sessions(postgres.sessions())
                .emailVerifications(postgres.emailVerifications()).passwordResets(postgres.passwordResets())
                .mailOutbox(postgres.mailOutbox()).mailQueue(postgres.mailQueue())
                .contacts(postgres.contacts()).contactRequests(postgres.contactRequests()).blocks(postgres.blocks())
                .userSearch(postgres.userSearch())
                .conversations(postgres.conversations()).messages(postgres.messages())
                .memberships(postgres.memberships())
                .lastSeen(postgres.lastSeen()).changeFeed(postgres.changeFeed())
                .calls(postgres.calls())
                .meetings(postgres.meetings()).meetingParticipants(postgres.meetingParticipants())
                .meetingTracks(postgres.meetingTracks())
                .files(postgres.files())
                .build();
    }

    private static HikariDataSource pool(ConnectionTarget target) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static UserId register(ParleyCore core, String name) {
        return core.register().register(new RegisterUseCase.Command(name + "@example.com", name, name + "-secret",
                null, new DeviceInfo("main", "::1"))).user().id();
    }
}

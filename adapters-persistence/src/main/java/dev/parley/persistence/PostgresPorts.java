package dev.parley.persistence;

import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.domain.account.out.PasswordResetRepository;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.MailQueue;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.meeting.out.MeetingTracks;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.people.out.UserSearch;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.domain.shared.Transactions;
import dev.parley.persistence.account.JdbiEmailVerificationRepository;
import dev.parley.persistence.account.JdbiPasswordResetRepository;
import dev.parley.persistence.account.JdbiSessionRepository;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.call.JdbiCallRepository;
import dev.parley.persistence.conversation.JdbiConversationRepository;
import dev.parley.persistence.conversation.JdbiMembershipQuery;
import dev.parley.persistence.conversation.JdbiMessageRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.file.JdbiFileRepository;
import dev.parley.persistence.mail.JdbiMailOutbox;
import dev.parley.persistence.meeting.JdbiMeetingParticipants;
import dev.parley.persistence.meeting.JdbiMeetingRepository;
import dev.parley.persistence.meeting.JdbiMeetingTracks;
import dev.parley.persistence.people.JdbiBlockRepository;
import dev.parley.persistence.people.JdbiContactRepository;
import dev.parley.persistence.people.JdbiContactRequestRepository;
import dev.parley.persistence.people.JdbiUserSearch;
import dev.parley.persistence.realtime.JdbiChangeFeed;
import dev.parley.persistence.realtime.JdbiLastSeenRepository;
import javax.sql.DataSource;

/**
 * Every outgoing port PostgreSQL implements, on a DataSource the caller owns (and closes), for embedding the core
 * without Dagger. The ports PostgreSQL does not cover (fan-out, rate limits, tickets, presence leases, signing,
 * hashing, media, file bytes, mail transport) come from elsewhere, such as {@code adapters-inmemory}.
 */
public record PostgresPorts(
        Transactions transactions,
        UserRepository users,
        SessionRepository sessions,
        EmailVerificationRepository emailVerifications,
        PasswordResetRepository passwordResets,
        MailOutbox mailOutbox,
        MailQueue mailQueue,
        ContactRepository contacts,
        ContactRequestRepository contactRequests,
        BlockRepository blocks,
        UserSearch userSearch,
        ConversationRepository conversations,
        MessageRepository messages,
        MembershipQuery memberships,
        LastSeenRepository lastSeen,
        ChangeFeed changeFeed,
        CallRepository calls,
        MeetingRepository meetings,
        MeetingParticipants meetingParticipants,
        MeetingTracks meetingTracks,
        FileRepository files) {

    /** Migrates the schema to the current version (Flyway, the {@code migrations} module), then builds the ports. */
    public static PostgresPorts create(DataSource dataSource) {
        DatabaseBootstrap.migrate(dataSource);
        Database database = new Database(dataSource);
        JdbiMailOutbox outbox = new JdbiMailOutbox(database);
        return new PostgresPorts(database, new JdbiUserRepository(database), new JdbiSessionRepository(database),
                new JdbiEmailVerificationRepository(database), new JdbiPasswordResetRepository(database),
                outbox, outbox,
                new JdbiContactRepository(database), new JdbiContactRequestRepository(database),
                new JdbiBlockRepository(database), new JdbiUserSearch(database),
                new JdbiConversationRepository(database), new JdbiMessageRepository(database),
                new JdbiMembershipQuery(database),
                new JdbiLastSeenRepository(database), new JdbiChangeFeed(database),
                new JdbiCallRepository(database),
                new JdbiMeetingRepository(database), new JdbiMeetingParticipants(database),
                new JdbiMeetingTracks(database),
                new JdbiFileRepository(database));
    }
}

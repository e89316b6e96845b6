package dev.parley.inmemory;

import dev.parley.inmemory.account.HmacAccessTokens;
import dev.parley.inmemory.account.HmacKnownDevices;
import dev.parley.inmemory.account.InMemoryEmailVerificationRepository;
import dev.parley.inmemory.account.InMemoryPasswordResetRepository;
import dev.parley.inmemory.account.InMemorySessionRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.account.Pbkdf2PasswordHasher;
import dev.parley.inmemory.call.InMemoryCallRepository;
import dev.parley.inmemory.call.NoMediaRooms;
import dev.parley.inmemory.call.NoMediaTokens;
import dev.parley.inmemory.call.NoWebhookVerifier;
import dev.parley.inmemory.conversation.InMemoryConversationData;
import dev.parley.inmemory.conversation.InMemoryConversationRepository;
import dev.parley.inmemory.conversation.InMemoryMembershipQuery;
import dev.parley.inmemory.conversation.InMemoryMessageRepository;
import dev.parley.inmemory.file.HmacLinkSigner;
import dev.parley.inmemory.file.InMemoryFileRepository;
import dev.parley.inmemory.file.InMemoryFileStorage;
import dev.parley.inmemory.file.JavaImageIoCodec;
import dev.parley.inmemory.mail.InMemoryMailOutbox;
import dev.parley.inmemory.mail.InMemoryMailSender;
import dev.parley.inmemory.meeting.InMemoryMeetingParticipants;
import dev.parley.inmemory.meeting.InMemoryMeetingRepository;
import dev.parley.inmemory.meeting.InMemoryMeetingTracks;
import dev.parley.inmemory.meeting.NoMeetingMedia;
import dev.parley.inmemory.meeting.NoMeetingTokens;
import dev.parley.inmemory.people.InMemoryBlockRepository;
import dev.parley.inmemory.people.InMemoryContactRepository;
import dev.parley.inmemory.people.InMemoryContactRequestRepository;
import dev.parley.inmemory.people.InMemoryReachability;
import dev.parley.inmemory.people.InMemoryUserSearch;
import dev.parley.inmemory.realtime.InMemoryChangeFeed;
import dev.parley.inmemory.realtime.InMemoryLastSeenRepository;
import dev.parley.inmemory.realtime.InMemoryPresenceLeases;
import dev.parley.inmemory.realtime.InMemoryTicketStore;
import dev.parley.inmemory.realtime.InProcessFanoutBus;
import dev.parley.inmemory.shared.DirectTransactions;
import dev.parley.inmemory.shared.Hmac;
import dev.parley.inmemory.shared.InMemoryRateLimiter;
import java.time.Clock;

/**
 * One instance of every in-memory outgoing port, wired to share state as one database would: the conversation,
 * message and membership stores and the change feed read one {@link InMemoryConversationData} (and its lock),
 * blocks, contacts and user search read the same users, and files are readable through the messages that carry
 * them and the meetings they recorded.
 * The components are the concrete classes, so an embedder can also read what they hold (the mails sent, say).
 *
 * <p>The ports the application implements itself (call notices, the meeting chat, presence and membership
 * indexes) and the {@code EventPublisher} are not here: the core builds those.
 */
public record InMemoryPorts(
        InMemoryUserRepository users,
        InMemorySessionRepository sessions,
        InMemoryEmailVerificationRepository emailVerifications,
        InMemoryPasswordResetRepository passwordResets,
        Pbkdf2PasswordHasher passwordHasher,
        HmacAccessTokens accessTokens,
        HmacKnownDevices knownDevices,
        InMemoryConversationData conversationData,
        InMemoryConversationRepository conversations,
        InMemoryMessageRepository messages,
        InMemoryMembershipQuery memberships,
        InMemoryBlockRepository blocks,
        InMemoryContactRepository contacts,
        InMemoryContactRequestRepository contactRequests,
        InMemoryUserSearch userSearch,
        InMemoryCallRepository calls,
        NoMediaRooms mediaRooms,
        NoMediaTokens mediaTokens,
        NoWebhookVerifier webhookVerifier,
        InMemoryMeetingParticipants meetingParticipants,
        InMemoryMeetingRepository meetings,
        InMemoryMeetingTracks meetingTracks,
        NoMeetingMedia meetingMedia,
        NoMeetingTokens meetingTokens,
        InMemoryFileRepository files,
        InMemoryFileStorage fileStorage,
        JavaImageIoCodec imageCodec,
        HmacLinkSigner linkSigner,
        InMemoryMailOutbox mailOutbox,
        InMemoryMailSender mailSender,
        InMemoryChangeFeed changeFeed,
        InMemoryLastSeenRepository lastSeen,
        InMemoryPresenceLeases presenceLeases,
        InMemoryTicketStore tickets,
        InProcessFanoutBus fanoutBus,
        InMemoryRateLimiter rateLimiter,
        DirectTransactions transactions) {

    /** Ports on the system clock, with a fresh random signing secret and full-strength password hashing. */
    public static InMemoryPorts create() {
        return create(Clock.systemUTC(), Hmac.randomSecret(), Pbkdf2PasswordHasher.DEFAULT_ITERATIONS);
    }

    /**
     * Ports whose stores stamp time with {@code clock}, signing with {@code secret} (tokens, device proofs, file
     * links), hashing passwords with {@code passwordIterations} rounds (tests pass a small count to stay fast).
     */
    public static InMemoryPorts create(Clock clock, byte[] secret, int passwordIterations) {
        InMemoryUserRepository users = new InMemoryUserRepository();
        InMemoryConversationData conversationData = new InMemoryConversationData(clock);
        InMemoryBlockRepository blocks = new InMemoryBlockRepository(users);
        InMemoryContactRepository contacts = new InMemoryContactRepository(users);
        InMemoryContactRequestRepository contactRequests = new InMemoryContactRequestRepository();
        InMemoryCallRepository calls = new InMemoryCallRepository();
        InMemoryMeetingParticipants meetingParticipants = new InMemoryMeetingParticipants();
        InMemoryMeetingRepository meetings = new InMemoryMeetingRepository(meetingParticipants);
        return new InMemoryPorts(users, new InMemorySessionRepository(), new InMemoryEmailVerificationRepository(),
                new InMemoryPasswordResetRepository(), new Pbkdf2PasswordHasher(passwordIterations),
                new HmacAccessTokens(secret), new HmacKnownDevices(secret),
                conversationData, new InMemoryConversationRepository(conversationData),
                new InMemoryMessageRepository(conversationData, new InMemoryReachability(users, blocks, contacts)),
                new InMemoryMembershipQuery(conversationData), blocks, contacts, contactRequests, new InMemoryUserSearch(users, blocks),
                calls, new NoMediaRooms(), new NoMediaTokens(), new NoWebhookVerifier(),
                meetingParticipants, meetings, new InMemoryMeetingTracks(),
                new NoMeetingMedia(), new NoMeetingTokens(),
                new InMemoryFileRepository(conversationData, meetings), new InMemoryFileStorage(), new JavaImageIoCodec(),
                new HmacLinkSigner(secret),
                new InMemoryMailOutbox(clock), new InMemoryMailSender(),
                new InMemoryChangeFeed(conversationData, contactRequests, calls), new InMemoryLastSeenRepository(),
                new InMemoryPresenceLeases(), new InMemoryTicketStore(), new InProcessFanoutBus(),
                new InMemoryRateLimiter(), new DirectTransactions());
    }
}

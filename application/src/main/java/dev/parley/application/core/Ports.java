package dev.parley.application.core;

import dev.parley.domain.account.out.AccessTokens;
import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.domain.account.out.KnownDevices;
import dev.parley.domain.account.out.PasswordHasher;
import dev.parley.domain.account.out.PasswordResetRepository;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.out.CallNotices;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.call.out.MediaRooms;
import dev.parley.domain.call.out.MediaTokens;
import dev.parley.domain.call.out.WebhookVerifier;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.file.out.FileStorage;
import dev.parley.domain.file.out.ImageCodec;
import dev.parley.domain.file.out.LinkSigner;
import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.MailQueue;
import dev.parley.domain.mail.MailSender;
import dev.parley.domain.meeting.out.MeetingMedia;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.meeting.out.MeetingTokens;
import dev.parley.domain.meeting.out.MeetingTracks;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.people.out.UserSearch;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.domain.realtime.out.EventFrames;
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.domain.realtime.out.PresenceLeases;
import dev.parley.domain.realtime.out.TicketStore;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Every outgoing port the core's use cases need, all required. {@code eventFrames} encodes each committed event once
 * for the wire (the real-time adapter; an embedder without sockets passes {@code event -> Optional.empty()}); {@code callNotices} records a finished call in the pair's conversation
 * ({@link PortsBuilder} defaults it to the plain in-transaction notices). Build it with {@link #builder()}.
 */
public record Ports(
        Clock clock,
        Transactions transactions,
        EventFrames eventFrames,
        RateLimiter rateLimiter,
        FanoutBus fanoutBus,
        UserRepository users,
        SessionRepository sessions,
        EmailVerificationRepository emailVerifications,
        PasswordResetRepository passwordResets,
        PasswordHasher passwordHasher,
        AccessTokens accessTokens,
        KnownDevices knownDevices,
        MailOutbox mailOutbox,
        MailQueue mailQueue,
        MailSender mailSender,
        ContactRepository contacts,
        ContactRequestRepository contactRequests,
        BlockRepository blocks,
        UserSearch userSearch,
        ConversationRepository conversations,
        MessageRepository messages,
        MembershipQuery memberships,
        TicketStore ticketStore,
        PresenceLeases presenceLeases,
        LastSeenRepository lastSeen,
        ChangeFeed changeFeed,
        CallRepository calls,
        MediaTokens mediaTokens,
        MediaRooms mediaRooms,
        WebhookVerifier webhookVerifier,
        CallNotices callNotices,
        MeetingRepository meetings,
        MeetingParticipants meetingParticipants,
        MeetingTracks meetingTracks,
        MeetingTokens meetingTokens,
        MeetingMedia meetingMedia,
        FileRepository files,
        FileStorage fileStorage,
        ImageCodec imageCodec,
        LinkSigner linkSigner) {

    /** Names every missing port at once, so an embedder fixes them in one go rather than one per run. */
    public Ports {
        List<String> missing = new ArrayList<>();
        Object[] ports = {clock, transactions, eventFrames, rateLimiter, fanoutBus, users, sessions, emailVerifications,
            passwordResets, passwordHasher, accessTokens, knownDevices, mailOutbox, mailQueue, mailSender, contacts,
            contactRequests, blocks, userSearch, conversations, messages, memberships, ticketStore, presenceLeases,
            lastSeen, changeFeed, calls, mediaTokens, mediaRooms, webhookVerifier, callNotices, meetings,
            meetingParticipants, meetingTracks, meetingTokens, meetingMedia, files, fileStorage, imageCodec,
            linkSigner};
        for (int i = 0; i < ports.length; i++) {
            if (ports[i] == null) {
                missing.add(NAMES.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing ports: " + String.join(", ", missing));
        }
    }

    /** In component order; {@code PortsTest} keeps it in step with the record. */
    static final List<String> NAMES = List.of("clock", "transactions", "eventFrames", "rateLimiter", "fanoutBus", "users",
            "sessions", "emailVerifications", "passwordResets", "passwordHasher", "accessTokens", "knownDevices",
            "mailOutbox", "mailQueue", "mailSender", "contacts", "contactRequests", "blocks", "userSearch",
            "conversations", "messages", "memberships", "ticketStore", "presenceLeases", "lastSeen", "changeFeed",
            "calls", "mediaTokens", "mediaRooms", "webhookVerifier", "callNotices", "meetings", "meetingParticipants",
            "meetingTracks", "meetingTokens", "meetingMedia", "files", "fileStorage", "imageCodec", "linkSigner");

    public static PortsBuilder builder() {
        return new PortsBuilder();
    }
}

package dev.parley.application.core;

import dev.parley.application.conversation.CallSystemMessages;
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
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.domain.realtime.out.PresenceLeases;
import dev.parley.domain.realtime.out.TicketStore;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;

/**
 * Builds {@link Ports} one setter per port; {@link #build()} names every port still missing. A call's notice
 * defaults to {@link CallSystemMessages} (it runs inside the call's transaction; PostgreSQL embedders may isolate it
 * under a savepoint as bootstrap does).
 */
public final class PortsBuilder {
    private Clock clock;
    private Transactions transactions;
    private EventPublisher events;
    private RateLimiter rateLimiter;
    private FanoutBus fanoutBus;
    private UserRepository users;
    private SessionRepository sessions;
    private EmailVerificationRepository emailVerifications;
    private PasswordResetRepository passwordResets;
    private PasswordHasher passwordHasher;
    private AccessTokens accessTokens;
    private KnownDevices knownDevices;
    private MailOutbox mailOutbox;
    private MailQueue mailQueue;
    private MailSender mailSender;
    private ContactRepository contacts;
    private ContactRequestRepository contactRequests;
    private BlockRepository blocks;
    private UserSearch userSearch;
    private ConversationRepository conversations;
    private MessageRepository messages;
    private MembershipQuery memberships;
    private TicketStore ticketStore;
    private PresenceLeases presenceLeases;
    private LastSeenRepository lastSeen;
    private ChangeFeed changeFeed;
    private CallRepository calls;
    private MediaTokens mediaTokens;
    private MediaRooms mediaRooms;
    private WebhookVerifier webhookVerifier;
    private CallNotices callNotices;
    private MeetingRepository meetings;
    private MeetingParticipants meetingParticipants;
    private MeetingTracks meetingTracks;
    private MeetingTokens meetingTokens;
    private MeetingMedia meetingMedia;
    private FileRepository files;
    private FileStorage fileStorage;
    private ImageCodec imageCodec;
    private LinkSigner linkSigner;

    PortsBuilder() {
    }

    // One line per setter: forty of them read better as a table than as forty three-line blocks.
    public PortsBuilder clock(Clock clock) { this.clock = clock; return this; }
    public PortsBuilder transactions(Transactions transactions) { this.transactions = transactions; return this; }
    public PortsBuilder events(EventPublisher events) { this.events = events; return this; }
    public PortsBuilder rateLimiter(RateLimiter rateLimiter) { this.rateLimiter = rateLimiter; return this; }
    public PortsBuilder fanoutBus(FanoutBus fanoutBus) { this.fanoutBus = fanoutBus; return this; }
    public PortsBuilder users(UserRepository users) { this.users = users; return this; }
    public PortsBuilder sessions(SessionRepository sessions) { this.sessions = sessions; return this; }
    public PortsBuilder emailVerifications(EmailVerificationRepository emailVerifications) { this.emailVerifications = emailVerifications; return this; }
    public PortsBuilder passwordResets(PasswordResetRepository passwordResets) { this.passwordResets = passwordResets; return this; }
    public PortsBuilder passwordHasher(PasswordHasher passwordHasher) { this.passwordHasher = passwordHasher; return this; }
    public PortsBuilder accessTokens(AccessTokens accessTokens) { this.accessTokens = accessTokens; return this; }
    public PortsBuilder knownDevices(KnownDevices knownDevices) { this.knownDevices = knownDevices; return this; }
    public PortsBuilder mailOutbox(MailOutbox mailOutbox) { this.mailOutbox = mailOutbox; return this; }
    public PortsBuilder mailQueue(MailQueue mailQueue) { this.mailQueue = mailQueue; return this; }
    public PortsBuilder mailSender(MailSender mailSender) { this.mailSender = mailSender; return this; }
    public PortsBuilder contacts(ContactRepository contacts) { this.contacts = contacts; return this; }
    public PortsBuilder contactRequests(ContactRequestRepository contactRequests) { this.contactRequests = contactRequests; return this; }
    public PortsBuilder blocks(BlockRepository blocks) { this.blocks = blocks; return this; }
    public PortsBuilder userSearch(UserSearch userSearch) { this.userSearch = userSearch; return this; }
    public PortsBuilder conversations(ConversationRepository conversations) { this.conversations = conversations; return this; }
    public PortsBuilder messages(MessageRepository messages) { this.messages = messages; return this; }
    public PortsBuilder memberships(MembershipQuery memberships) { this.memberships = memberships; return this; }
    public PortsBuilder ticketStore(TicketStore ticketStore) { this.ticketStore = ticketStore; return this; }
    public PortsBuilder presenceLeases(PresenceLeases presenceLeases) { this.presenceLeases = presenceLeases; return this; }
    public PortsBuilder lastSeen(LastSeenRepository lastSeen) { this.lastSeen = lastSeen; return this; }
    public PortsBuilder changeFeed(ChangeFeed changeFeed) { this.changeFeed = changeFeed; return this; }
    public PortsBuilder calls(CallRepository calls) { this.calls = calls; return this; }
    public PortsBuilder mediaTokens(MediaTokens mediaTokens) { this.mediaTokens = mediaTokens; return this; }
    public PortsBuilder mediaRooms(MediaRooms mediaRooms) { this.mediaRooms = mediaRooms; return this; }
    public PortsBuilder webhookVerifier(WebhookVerifier webhookVerifier) { this.webhookVerifier = webhookVerifier; return this; }
    public PortsBuilder callNotices(CallNotices callNotices) { this.callNotices = callNotices; return this; }
    public PortsBuilder meetings(MeetingRepository meetings) { this.meetings = meetings; return this; }
    public PortsBuilder meetingParticipants(MeetingParticipants meetingParticipants) { this.meetingParticipants = meetingParticipants; return this; }
    public PortsBuilder meetingTracks(MeetingTracks meetingTracks) { this.meetingTracks = meetingTracks; return this; }
    public PortsBuilder meetingTokens(MeetingTokens meetingTokens) { this.meetingTokens = meetingTokens; return this; }
    public PortsBuilder meetingMedia(MeetingMedia meetingMedia) { this.meetingMedia = meetingMedia; return this; }
    public PortsBuilder files(FileRepository files) { this.files = files; return this; }
    public PortsBuilder fileStorage(FileStorage fileStorage) { this.fileStorage = fileStorage; return this; }
    public PortsBuilder imageCodec(ImageCodec imageCodec) { this.imageCodec = imageCodec; return this; }
    public PortsBuilder linkSigner(LinkSigner linkSigner) { this.linkSigner = linkSigner; return this; }

    /** @throws IllegalArgumentException naming every port not set */
    public Ports build() {
        CallNotices notices = callNotices != null ? callNotices : new CallSystemMessages(conversations, messages);
        return new Ports(clock, transactions, events, rateLimiter, fanoutBus, users, sessions, emailVerifications,
                passwordResets, passwordHasher, accessTokens, knownDevices, mailOutbox, mailQueue, mailSender, contacts,
                contactRequests, blocks, userSearch, conversations, messages, memberships, ticketStore, presenceLeases,
                lastSeen, changeFeed, calls, mediaTokens, mediaRooms, webhookVerifier, notices, meetings,
                meetingParticipants, meetingTracks, meetingTokens, meetingMedia, files, fileStorage, imageCodec,
                linkSigner);
    }
}

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
import dev.parley.domain.realtime.out.EventFrames;
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.domain.realtime.out.PresenceLeases;
import dev.parley.domain.realtime.out.TicketStore;
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
    private EventFrames eventFrames;
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
    public PortsBuilder clock(Clock port) { this.clock = port; return this; }
    public PortsBuilder transactions(Transactions port) { this.transactions = port; return this; }
    public PortsBuilder eventFrames(EventFrames port) { this.eventFrames = port; return this; }
    public PortsBuilder rateLimiter(RateLimiter port) { this.rateLimiter = port; return this; }
    public PortsBuilder fanoutBus(FanoutBus port) { this.fanoutBus = port; return this; }
    public PortsBuilder users(UserRepository port) { this.users = port; return this; }
    public PortsBuilder sessions(SessionRepository port) { this.sessions = port; return this; }
    public PortsBuilder emailVerifications(EmailVerificationRepository port) {
        this.emailVerifications = port;
        return this;
    }
    public PortsBuilder passwordResets(PasswordResetRepository port) { this.passwordResets = port; return this; }
    public PortsBuilder passwordHasher(PasswordHasher port) { this.passwordHasher = port; return this; }
    public PortsBuilder accessTokens(AccessTokens port) { this.accessTokens = port; return this; }
    public PortsBuilder knownDevices(KnownDevices port) { this.knownDevices = port; return this; }
    public PortsBuilder mailOutbox(MailOutbox port) { this.mailOutbox = port; return this; }
    public PortsBuilder mailQueue(MailQueue port) { this.mailQueue = port; return this; }
    public PortsBuilder mailSender(MailSender port) { this.mailSender = port; return this; }
    public PortsBuilder contacts(ContactRepository port) { this.contacts = port; return this; }
    public PortsBuilder contactRequests(ContactRequestRepository port) { this.contactRequests = port; return this; }
    public PortsBuilder blocks(BlockRepository port) { this.blocks = port; return this; }
    public PortsBuilder userSearch(UserSearch port) { this.userSearch = port; return this; }
    public PortsBuilder conversations(ConversationRepository port) { this.conversations = port; return this; }
    public PortsBuilder messages(MessageRepository port) { this.messages = port; return this; }
    public PortsBuilder memberships(MembershipQuery port) { this.memberships = port; return this; }
    public PortsBuilder ticketStore(TicketStore port) { this.ticketStore = port; return this; }
    public PortsBuilder presenceLeases(PresenceLeases port) { this.presenceLeases = port; return this; }
    public PortsBuilder lastSeen(LastSeenRepository port) { this.lastSeen = port; return this; }
    public PortsBuilder changeFeed(ChangeFeed port) { this.changeFeed = port; return this; }
    public PortsBuilder calls(CallRepository port) { this.calls = port; return this; }
    public PortsBuilder mediaTokens(MediaTokens port) { this.mediaTokens = port; return this; }
    public PortsBuilder mediaRooms(MediaRooms port) { this.mediaRooms = port; return this; }
    public PortsBuilder webhookVerifier(WebhookVerifier port) { this.webhookVerifier = port; return this; }
    public PortsBuilder callNotices(CallNotices port) { this.callNotices = port; return this; }
    public PortsBuilder meetings(MeetingRepository port) { this.meetings = port; return this; }
    public PortsBuilder meetingParticipants(MeetingParticipants port) { this.meetingParticipants = port; return this; }
    public PortsBuilder meetingTracks(MeetingTracks port) { this.meetingTracks = port; return this; }
    public PortsBuilder meetingTokens(MeetingTokens port) { this.meetingTokens = port; return this; }
    public PortsBuilder meetingMedia(MeetingMedia port) { this.meetingMedia = port; return this; }
    public PortsBuilder files(FileRepository port) { this.files = port; return this; }
    public PortsBuilder fileStorage(FileStorage port) { this.fileStorage = port; return this; }
    public PortsBuilder imageCodec(ImageCodec port) { this.imageCodec = port; return this; }
    public PortsBuilder linkSigner(LinkSigner port) { this.linkSigner = port; return this; }

    /** @throws IllegalArgumentException naming every port not set */
    public Ports build() {
        CallNotices notices = callNotices != null ? callNotices : new CallSystemMessages(conversations, messages);
        return new Ports(clock, transactions, eventFrames, rateLimiter, fanoutBus, users, sessions, emailVerifications,
                passwordResets, passwordHasher, accessTokens, knownDevices, mailOutbox, mailQueue, mailSender, contacts,
                contactRequests, blocks, userSearch, conversations, messages, memberships, ticketStore, presenceLeases,
                lastSeen, changeFeed, calls, mediaTokens, mediaRooms, webhookVerifier, notices, meetings,
                meetingParticipants, meetingTracks, meetingTokens, meetingMedia, files, fileStorage, imageCodec,
                linkSigner);
    }
}

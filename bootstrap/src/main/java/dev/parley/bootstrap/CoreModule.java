package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.account.AccountSettings;
import dev.parley.application.call.CallSettings;
import dev.parley.application.core.CoreSettings;
import dev.parley.application.core.ParleyCore;
import dev.parley.application.core.Ports;
import dev.parley.application.events.ListenableEventPublisher;
import dev.parley.application.file.FileSweeper;
import dev.parley.application.meeting.MeetingOptions;
import dev.parley.application.people.PeopleSettings;
import dev.parley.application.realtime.PresenceService;
import dev.parley.domain.realtime.in.ConversationAudience;
import dev.parley.domain.realtime.in.ReceiveDeliveriesUseCase;
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
import javax.inject.Singleton;

/**
 * Builds the node's one {@link ParleyCore} from the adapters the other modules provide, and hands out the parts of it
 * that adapters and the node itself use. The use cases reach the HTTP adapter through the feature modules.
 */
@Module
final class CoreModule {
    private CoreModule() {
    }

    @Provides
    static CoreSettings coreSettings(ParleyConfig config) {
        return new CoreSettings(AccountSettings.defaults(config.publicUrl()), PeopleSettings.defaults(),
                config.conversations(), config.presence(), new CallSettings(config.callRingTimeout()),
                new MeetingOptions(config.meetingEmptyGrace()), config.files(), config.mailPollInterval(),
                config.mailFirstRetry());
    }

    /** Started and closed by {@link Parley}, in its shutdown order. */
    @Provides
    @Singleton
    static ParleyCore core(Ports ports, CoreSettings settings) {
        return ParleyCore.builder().ports(ports).settings(settings).build();
    }

    /** One parameter per port: each comes from the adapter module that implements it. */
    @Provides
    @Singleton
    static Ports ports(Clock clock, Transactions transactions, EventFrames eventFrames, RateLimiter rateLimiter,
                       FanoutBus fanoutBus, UserRepository users, SessionRepository sessions,
                       EmailVerificationRepository emailVerifications, PasswordResetRepository passwordResets,
                       PasswordHasher passwordHasher, AccessTokens accessTokens, KnownDevices knownDevices,
                       MailOutbox mailOutbox, MailQueue mailQueue, MailSender mailSender, ContactRepository contacts,
                       ContactRequestRepository contactRequests, BlockRepository blocks, UserSearch userSearch,
                       ConversationRepository conversations, MessageRepository messages, MembershipQuery memberships,
                       TicketStore ticketStore, PresenceLeases presenceLeases, LastSeenRepository lastSeen,
                       ChangeFeed changeFeed, CallRepository calls, MediaTokens mediaTokens, MediaRooms mediaRooms,
                       WebhookVerifier webhookVerifier, CallNotices callNotices, MeetingRepository meetings,
                       MeetingParticipants meetingParticipants, MeetingTracks meetingTracks,
                       MeetingTokens meetingTokens, MeetingMedia meetingMedia, FileRepository files,
                       FileStorage fileStorage, ImageCodec imageCodec, LinkSigner linkSigner) {
        return new Ports(clock, transactions, eventFrames, rateLimiter, fanoutBus, users, sessions, emailVerifications,
                passwordResets, passwordHasher, accessTokens, knownDevices, mailOutbox, mailQueue, mailSender, contacts,
                contactRequests, blocks, userSearch, conversations, messages, memberships, ticketStore, presenceLeases,
                lastSeen, changeFeed, calls, mediaTokens, mediaRooms, webhookVerifier, callNotices, meetings,
                meetingParticipants, meetingTracks, meetingTokens, meetingMedia, files, fileStorage, imageCodec,
                linkSigner);
    }

    /** Every domain event this node publishes, for in-process listeners. */
    @Provides
    static ListenableEventPublisher events(ParleyCore core) {
        return core.events();
    }

    /** The socket side resolves conversation audiences through the membership index the core's typing reads. */
    @Provides
    static ConversationAudience conversationAudience(ParleyCore core) {
        return core.conversationAudience();
    }

    /** The socket side receives this node's deliveries from the core, not from the bus the core publishes on. */
    @Provides
    static ReceiveDeliveriesUseCase deliveries(ParleyCore core) {
        return core.deliveries();
    }

    @Provides
    static PresenceService presence(ParleyCore core) {
        return core.presence();
    }

    @Provides
    static FileSweeper fileSweeper(ParleyCore core) {
        return core.fileSweeper();
    }
}

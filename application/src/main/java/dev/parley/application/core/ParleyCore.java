package dev.parley.application.core;

import dev.parley.application.account.AuthenticationService;
import dev.parley.application.call.RingTimeoutService;
import dev.parley.application.events.ListenableEventPublisher;
import dev.parley.application.realtime.DeliveryService;
import dev.parley.application.file.FileSweeper;
import dev.parley.application.mail.MailDispatchService;
import dev.parley.application.meeting.MeetingTimerService;
import dev.parley.application.realtime.PresenceService;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.account.in.CurrentUserUseCase;
import dev.parley.domain.account.in.LoginUseCase;
import dev.parley.domain.account.in.LogoutUseCase;
import dev.parley.domain.account.in.PasswordUseCase;
import dev.parley.domain.account.in.RefreshUseCase;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.account.in.SessionsUseCase;
import dev.parley.domain.account.in.VerifyEmailUseCase;
import dev.parley.domain.call.in.AcceptCallUseCase;
import dev.parley.domain.call.in.CallHistoryUseCase;
import dev.parley.domain.call.in.CancelCallUseCase;
import dev.parley.domain.call.in.DeclineCallUseCase;
import dev.parley.domain.call.in.EndCallUseCase;
import dev.parley.domain.call.in.JoinCallUseCase;
import dev.parley.domain.call.in.PlaceCallUseCase;
import dev.parley.domain.call.in.ReceiveMediaWebhookUseCase;
import dev.parley.domain.conversation.in.ChangeMessageUseCase;
import dev.parley.domain.conversation.in.ConversationQueriesUseCase;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.ManageConversationUseCase;
import dev.parley.domain.conversation.in.MarkReadUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.in.ParticipantsUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.file.in.AdoptStoredBytesUseCase;
import dev.parley.domain.file.in.DeleteFileUseCase;
import dev.parley.domain.file.in.FileLinks;
import dev.parley.domain.file.in.ReadFileUseCase;
import dev.parley.domain.file.in.UploadFileUseCase;
import dev.parley.domain.meeting.in.EditMeetingUseCase;
import dev.parley.domain.meeting.in.FollowMeetingMediaUseCase;
import dev.parley.domain.meeting.in.JoinMeetingUseCase;
import dev.parley.domain.meeting.in.LeaveMeetingUseCase;
import dev.parley.domain.meeting.in.MeetingChatUseCase;
import dev.parley.domain.meeting.in.MeetingQueriesUseCase;
import dev.parley.domain.meeting.in.ModerateMeetingUseCase;
import dev.parley.domain.meeting.in.RecordMeetingUseCase;
import dev.parley.domain.meeting.in.ScheduleMeetingUseCase;
import dev.parley.domain.people.in.BlocksUseCase;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.domain.people.in.ContactsUseCase;
import dev.parley.domain.people.in.DeleteAccountUseCase;
import dev.parley.domain.people.in.ProfileUseCase;
import dev.parley.domain.realtime.in.PresenceQuery;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.realtime.in.SyncUseCase;
import dev.parley.domain.realtime.in.TrackPresenceUseCase;
import dev.parley.domain.realtime.in.TypingUseCase;
import dev.parley.domain.realtime.in.ConversationAudience;
import dev.parley.domain.realtime.in.ReceiveDeliveriesUseCase;

/**
 * The embeddable core: every incoming use case, built from {@link Ports} and {@link CoreSettings}, plus the
 * background work it owns. {@link #start()} starts that work (presence heartbeat, mail dispatch, ring timeouts,
 * meeting timers, file sweep); {@link #stop()} stops it; {@link #close()} stops it and the send writers.
 * Building one subscribes to the fan-out bus, so a session revoked on any node is refused here at once.
 * Build it with {@code ParleyCore.builder().ports(ports).settings(settings).build()}.
 */
public final class ParleyCore implements AutoCloseable {
    private final ListenableEventPublisher events;
    private final FileAssembly file;
    private final RealtimeAssembly realtime;
    private final AccountAssembly account;
    private final PeopleAssembly people;
    private final ConversationAssembly conversation;
    private final MeetingAssembly meeting;
    private final CallAssembly call;
    private final MailDispatchService mailDispatch;
    private final CoreLifecycle lifecycle;
    private final ReceiveDeliveriesUseCase deliveries;

    ParleyCore(Ports ports, CoreSettings settings, SendMode sendMode) {
        // Who hears each committed event, encoded once for the wire, onto the fan-out bus; in-process listeners in front.
        events = new ListenableEventPublisher(new DeliveryService(ports.fanoutBus(), ports.eventFrames(), ports.users(),
                ports.blocks(), ports.contacts(), ports.memberships()));
        file = new FileAssembly(ports, settings.files());
        realtime = new RealtimeAssembly(ports, events, settings.presence());
        account = new AccountAssembly(ports, events, settings.accounts());
        people = new PeopleAssembly(ports, events, settings.people(), realtime.presence, account.revoker, file);
        conversation = new ConversationAssembly(ports, events, settings.conversations(), people.reachability, file,
                sendMode);
        meeting = new MeetingAssembly(ports, events, settings.meetings(), conversation, file.adoptStoredBytes);
        call = new CallAssembly(ports, events, settings.calls(), people.reachability, meeting.followMedia);
        mailDispatch = new MailDispatchService(ports.mailQueue(), ports.mailSender(), settings.mailFirstRetry(),
                ports.clock());
        // Every node forgets a revoked session at once, whichever node revoked it.
        ports.fanoutBus().subscribe(delivery -> delivery.endedSession().ifPresent(account.authentication::forget));
        deliveries = ports.fanoutBus()::subscribe;
        lifecycle = new CoreLifecycle(settings, realtime.presence, mailDispatch, call.ringTimeouts, meeting.timers,
                file.sweeper, conversation.sendQueue);
    }

    public static ParleyCoreBuilder builder() {
        return new ParleyCoreBuilder();
    }

    /** Starts the background work; a core starts once. */
    public void start() {
        lifecycle.start();
    }

    /** Stops the background work and waits (bounded) for it; the use cases keep answering. Idempotent. */
    public void stop() {
        lifecycle.stop();
    }

    /** Stops the background work, then the send writers: later sends fail. Idempotent. */
    @Override
    public void close() {
        lifecycle.close();
    }

    // Accessors, one line each: the list is the core's incoming side, feature by feature.
    // Account
    public RegisterUseCase register() { return account.register; }
    public LoginUseCase login() { return account.login; }
    public RefreshUseCase refresh() { return account.refresh; }
    public LogoutUseCase logout() { return account.logout; }
    public AuthenticateUseCase authenticate() { return account.authentication; }
    public AuthenticationService authentication() { return account.authentication; }
    public CurrentUserUseCase currentUser() { return account.currentUser; }
    public SessionsUseCase sessions() { return account.sessions; }
    public VerifyEmailUseCase verifyEmail() { return account.verifyEmail; }
    public PasswordUseCase passwords() { return account.passwords; }
    // People
    public ProfileUseCase profiles() { return people.profiles; }
    public ContactRequestsUseCase contactRequests() { return people.contactRequests; }
    public ContactsUseCase contacts() { return people.contacts; }
    public BlocksUseCase blocks() { return people.blocks; }
    public DeleteAccountUseCase deleteAccount() { return people.deleteAccount; }
    // Conversations and messages
    public CreateConversationUseCase createConversation() { return conversation.create; }
    public ConversationQueriesUseCase conversationQueries() { return conversation.queries; }
    public ManageConversationUseCase manageConversation() { return conversation.manage; }
    public ParticipantsUseCase participants() { return conversation.participants; }
    public SendMessageUseCase sendMessage() { return conversation.send; }
    public MessageQueriesUseCase messageQueries() { return conversation.messageQueries; }
    public ChangeMessageUseCase changeMessage() { return conversation.change; }
    public MarkReadUseCase markRead() { return conversation.markRead; }
    // Real time
    public SocketTicketsUseCase socketTickets() { return realtime.socketTickets; }
    public TrackPresenceUseCase trackPresence() { return realtime.presence; }
    public PresenceQuery presenceQuery() { return realtime.presence; }
    public PresenceService presence() { return realtime.presence; }
    public SyncUseCase sync() { return realtime.sync; }
    public TypingUseCase typing() { return realtime.typing; }
    /** This node's membership index; whoever delivers membership changes refreshes it. */
    public ConversationAudience conversationAudience() { return realtime.members; }
    /** Every delivery reaching this node, for the transport that writes it to sockets. */
    public ReceiveDeliveriesUseCase deliveries() { return deliveries; }
    // Calls
    public PlaceCallUseCase placeCall() { return call.place; }
    public AcceptCallUseCase acceptCall() { return call.accept; }
    public DeclineCallUseCase declineCall() { return call.hangUp; }
    public CancelCallUseCase cancelCall() { return call.hangUp; }
    public EndCallUseCase endCall() { return call.hangUp; }
    public JoinCallUseCase joinCall() { return call.join; }
    public CallHistoryUseCase callHistory() { return call.history; }
    public ReceiveMediaWebhookUseCase mediaWebhooks() { return call.mediaWebhooks; }
    public RingTimeoutService ringTimeouts() { return call.ringTimeouts; }
    // Meetings
    public ScheduleMeetingUseCase scheduleMeeting() { return meeting.schedule; }
    public MeetingQueriesUseCase meetingQueries() { return meeting.queries; }
    public EditMeetingUseCase editMeeting() { return meeting.edit; }
    public LeaveMeetingUseCase leaveMeeting() { return meeting.edit; }
    public JoinMeetingUseCase joinMeeting() { return meeting.join; }
    public ModerateMeetingUseCase moderateMeeting() { return meeting.moderate; }
    public MeetingChatUseCase meetingChat() { return meeting.chat; }
    public RecordMeetingUseCase recordMeeting() { return meeting.record; }
    public FollowMeetingMediaUseCase followMeetingMedia() { return meeting.followMedia; }
    public MeetingTimerService meetingTimers() { return meeting.timers; }
    // Files
    public UploadFileUseCase upload() { return file.upload; }
    public ReadFileUseCase readFiles() { return file.read; }
    public DeleteFileUseCase deleteFiles() { return file.delete; }
    public FileLinks fileLinks() { return file.links; }
    public AdoptStoredBytesUseCase adoptStoredBytes() { return file.adoptStoredBytes; }
    public FileSweeper fileSweeper() { return file.sweeper; }
    // Mail and events
    public MailDispatchService mailDispatch() { return mailDispatch; }
    /** Every domain event the core publishes, for in-process listeners. */
    public ListenableEventPublisher events() { return events; }
}

package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.conversation.MeetingConversations;
import dev.parley.application.meeting.EditMeetingService;
import dev.parley.application.meeting.JoinMeetingService;
import dev.parley.application.meeting.MeetingAnnouncer;
import dev.parley.application.meeting.MeetingChatService;
import dev.parley.application.meeting.MeetingMediaService;
import dev.parley.application.meeting.MeetingOptions;
import dev.parley.application.meeting.MeetingQueryService;
import dev.parley.application.meeting.MeetingTimerService;
import dev.parley.application.meeting.ModerateMeetingService;
import dev.parley.application.meeting.RecordingService;
import dev.parley.application.meeting.ScheduleMeetingService;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.file.in.AdoptStoredBytesUseCase;
import dev.parley.domain.meeting.in.EditMeetingUseCase;
import dev.parley.domain.meeting.in.FollowMeetingMediaUseCase;
import dev.parley.domain.meeting.in.JoinMeetingUseCase;
import dev.parley.domain.meeting.in.LeaveMeetingUseCase;
import dev.parley.domain.meeting.in.MeetingChatUseCase;
import dev.parley.domain.meeting.in.MeetingQueriesUseCase;
import dev.parley.domain.meeting.in.ModerateMeetingUseCase;
import dev.parley.domain.meeting.in.RecordMeetingUseCase;
import dev.parley.domain.meeting.in.ScheduleMeetingUseCase;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingMedia;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.meeting.out.MeetingTokens;
import dev.parley.domain.meeting.out.MeetingTracks;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Transactions;
import dev.parley.http.meeting.MeetingLinks;
import java.time.Clock;
import javax.inject.Singleton;

/** Wires the meeting use cases to their ports. */
@Module
final class MeetingServicesModule {
    private MeetingServicesModule() {
    }

    @Provides
    static MeetingOptions meetingOptions(ParleyConfig config) {
        return new MeetingOptions(config.meetingEmptyGrace());
    }

    @Provides
    static MeetingLinks meetingLinks(ParleyConfig config) {
        return new MeetingLinks(config.publicUrl());
    }

    @Provides
    @Singleton
    static MeetingChat meetingChat(ConversationRepository conversations, MessageRepository messages, UserRepository users) {
        return new MeetingConversations(conversations, messages, users);
    }

    @Provides
    @Singleton
    static MeetingAnnouncer meetingAnnouncer(EventPublisher events, MeetingMedia media) {
        return new MeetingAnnouncer(events, media);
    }

    @Provides
    @Singleton
    static ScheduleMeetingUseCase scheduleMeeting(MeetingRepository meetings, MeetingChat chat, Transactions transactions,
                                                  Clock clock) {
        return new ScheduleMeetingService(meetings, chat, transactions, clock);
    }

    @Provides
    @Singleton
    static MeetingQueriesUseCase meetingQueries(MeetingRepository meetings, MeetingParticipants participants,
                                                UserRepository users) {
        return new MeetingQueryService(meetings, participants, users);
    }

    @Provides
    @Singleton
    static EditMeetingService editMeeting(MeetingRepository meetings, MeetingParticipants participants,
                                          UserRepository users, MeetingChat chat, MeetingAnnouncer announcer,
                                          Transactions transactions, Clock clock) {
        return new EditMeetingService(meetings, participants, users, chat, announcer, transactions, clock);
    }

    @Provides
    static EditMeetingUseCase editMeetingUseCase(EditMeetingService service) {
        return service;
    }

    @Provides
    static LeaveMeetingUseCase leaveMeeting(EditMeetingService service) {
        return service;
    }

    @Provides
    @Singleton
    static JoinMeetingUseCase joinMeeting(MeetingRepository meetings, MeetingParticipants participants,
                                          UserRepository users, MeetingChat chat, MeetingTokens tokens,
                                          MeetingAnnouncer announcer, Transactions transactions, Clock clock) {
        return new JoinMeetingService(meetings, participants, users, chat, tokens, announcer, transactions, clock);
    }

    @Provides
    @Singleton
    static ModerateMeetingUseCase moderateMeeting(MeetingRepository meetings, MeetingParticipants participants,
                                                  UserRepository users, MeetingChat chat, MeetingAnnouncer announcer,
                                                  Transactions transactions, Clock clock) {
        return new ModerateMeetingService(meetings, participants, users, chat, announcer, transactions, clock);
    }

    @Provides
    @Singleton
    static MeetingChatUseCase meetingChatUseCase(MeetingRepository meetings, MeetingParticipants participants,
                                                 UserRepository users, MessageQueriesUseCase queries,
                                                 SendMessageUseCase send) {
        return new MeetingChatService(meetings, participants, users, queries, send);
    }

    @Provides
    @Singleton
    static RecordMeetingUseCase recordMeeting(MeetingRepository meetings, MeetingParticipants participants,
                                              UserRepository users, MeetingMedia media, Transactions transactions,
                                              Clock clock) {
        return new RecordingService(meetings, participants, users, media, transactions, clock);
    }

    @Provides
    @Singleton
    static MeetingTimerService meetingTimers(MeetingRepository meetings, MeetingParticipants participants,
                                             MeetingChat chat, MeetingAnnouncer announcer, MeetingOptions options,
                                             Transactions transactions, Clock clock) {
        return new MeetingTimerService(meetings, participants, chat, announcer, options, transactions, clock);
    }

    @Provides
    @Singleton
    static FollowMeetingMediaUseCase followMeetingMedia(MeetingRepository meetings, MeetingParticipants participants,
                                                        MeetingTracks tracks, UserRepository users, MeetingChat chat,
                                                        MeetingAnnouncer announcer, AdoptStoredBytesUseCase recordings,
                                                        Transactions transactions, Clock clock) {
        return new MeetingMediaService(meetings, participants, tracks, users, chat, announcer, recordings, transactions,
                clock);
    }
}

package dev.parley.application.core;

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
import dev.parley.domain.file.in.AdoptStoredBytesUseCase;
import dev.parley.domain.meeting.in.FollowMeetingMediaUseCase;
import dev.parley.domain.meeting.in.JoinMeetingUseCase;
import dev.parley.domain.meeting.in.MeetingChatUseCase;
import dev.parley.domain.meeting.in.MeetingQueriesUseCase;
import dev.parley.domain.meeting.in.ModerateMeetingUseCase;
import dev.parley.domain.meeting.in.RecordMeetingUseCase;
import dev.parley.domain.meeting.in.ScheduleMeetingUseCase;
import dev.parley.domain.shared.EventPublisher;

/** The meeting use cases, the media webhook's meeting side, and the meeting timers. */
final class MeetingAssembly {
    final ScheduleMeetingUseCase schedule;
    final MeetingQueriesUseCase queries;
    final EditMeetingService edit;
    final JoinMeetingUseCase join;
    final ModerateMeetingUseCase moderate;
    final MeetingChatUseCase chat;
    final RecordMeetingUseCase record;
    final MeetingTimerService timers;
    final FollowMeetingMediaUseCase followMedia;

    MeetingAssembly(Ports ports, EventPublisher events, MeetingOptions options, ConversationAssembly conversation,
                    AdoptStoredBytesUseCase recordings) {
        var clock = ports.clock();
        var transactions = ports.transactions();
        var meetings = ports.meetings();
        var participants = ports.meetingParticipants();
        var users = ports.users();
        var meetingChat = new MeetingConversations(ports.conversations(), ports.messages(), users);
        var announcer = new MeetingAnnouncer(events, ports.meetingMedia());
        schedule = new ScheduleMeetingService(meetings, meetingChat, transactions, clock);
        queries = new MeetingQueryService(meetings, participants, users);
        edit = new EditMeetingService(meetings, participants, users, meetingChat, announcer, transactions, clock);
        join = new JoinMeetingService(meetings, participants, users, meetingChat, ports.meetingTokens(), announcer,
                transactions, clock);
        moderate = new ModerateMeetingService(meetings, participants, users, meetingChat, announcer, transactions,
                clock);
        chat = new MeetingChatService(meetings, participants, users, conversation.messageQueries, conversation.send);
        record = new RecordingService(meetings, participants, users, ports.meetingMedia(), transactions, clock);
        timers = new MeetingTimerService(meetings, participants, meetingChat, announcer, options, transactions, clock);
        followMedia = new MeetingMediaService(meetings, participants, ports.meetingTracks(), users, meetingChat,
                announcer, recordings, transactions, clock);
    }
}

package dev.parley.application.meeting;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.in.MeetingChatUseCase;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Page;
import dev.parley.domain.shared.ParleyException;
import java.util.List;

/**
 * The meeting's chat through the conversation use cases (same pagination, idempotent sends, events): the
 * meeting decides who may read and post first. Only participants in the meeting right now read and write;
 * with {@code allow_chat} off guests only read.
 */
public final class MeetingChatService implements MeetingChatUseCase {
    private final MeetingAccess access;
    private final MessageQueriesUseCase queries;
    private final SendMessageUseCase send;

    public MeetingChatService(MeetingRepository meetings, MeetingParticipants participants, UserRepository users,
                              MessageQueriesUseCase queries, SendMessageUseCase send) {
        this.access = new MeetingAccess(meetings, participants, users);
        this.queries = queries;
        this.send = send;
    }

    @Override
    public Page<Message> history(Principal reader, MeetingId id, MessageQueriesUseCase.HistoryQuery query) {
        Meeting meeting = inside(reader, id);
        return queries.history(reader.userId(), meeting.conversationId(), query);
    }

    @Override
    public SendMessageUseCase.Sent send(Principal sender, MeetingId id, Post post) {
        Meeting meeting = inside(sender, id);
        MeetingParticipant participant = access.participant(id, sender.userId()).orElseThrow();
        if (!meeting.settings().allowChat() && participant.role() == MeetingRole.GUEST) {
            throw ParleyException.forbidden("the chat of this meeting is read-only for guests");
        }
        return send.send(new SendMessageUseCase.Command(sender.userId(), meeting.conversationId(), post.content(),
                post.clientMsgId(), post.replyToId(), List.of()));
    }

    private Meeting inside(Principal caller, MeetingId id) {
        Meeting meeting = access.find(id);
        boolean joined = access.participant(id, caller.userId())
                .filter(p -> p.status() == ParticipantStatus.JOINED).isPresent();
        if (!joined) {
            access.requireVisible(meeting, caller.userId());
            throw new ParleyException(ErrorCode.NOT_A_PARTICIPANT, "only participants in the meeting use its chat");
        }
        return meeting;
    }
}

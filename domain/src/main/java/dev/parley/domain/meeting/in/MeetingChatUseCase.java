package dev.parley.domain.meeting.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.shared.Page;

/** Use case: the meeting's chat, for participants who are in the meeting (read-only for guests without allow_chat). */
public interface MeetingChatUseCase {
    Page<Message> history(Principal reader, MeetingId id, MessageQueriesUseCase.HistoryQuery query);

    SendMessageUseCase.Sent send(Principal sender, MeetingId id, Post post);

    /** What the sender writes. */
    record Post(String content, String clientMsgId, dev.parley.domain.conversation.MessageId replyToId) {
    }
}

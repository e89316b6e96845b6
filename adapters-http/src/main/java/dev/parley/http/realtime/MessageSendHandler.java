package dev.parley.http.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.Principal;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.http.conversation.MessageView;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code message.send}: the same command and use case as {@code POST /conversations/{id}/messages}
 * (idempotent by {@code client_msg_id}, rate limited per user); the {@code ack} goes out only once the
 * use case returned, i.e. after commit.
 */
final class MessageSendHandler implements FrameHandler {
    record Ack(String type, String ref, MessageView message) {
    }

    private final SendMessageUseCase send;

    MessageSendHandler(SendMessageUseCase send) {
        this.send = send;
    }

    @Override
    public String type() {
        return "message.send";
    }

    @Override
    public void handle(Principal caller, JsonNode frame, FrameReplies replies) {
        String ref = FrameFields.ref(frame);
        String replyTo = FrameFields.optionalText(frame, "reply_to_id");
        var command = new SendMessageUseCase.Command(caller.userId(), FrameFields.conversationId(frame),
                FrameFields.optionalText(frame, "content"), FrameFields.optionalText(frame, "client_msg_id"),
                replyTo == null ? null : MessageId.parse("reply_to_id", replyTo), attachmentIds(frame));
        var sent = send.send(command);
        replies.send(new Ack("ack", ref, MessageView.from(sent.message())));
    }

    private static List<String> attachmentIds(JsonNode frame) {
        JsonNode ids = frame.path("attachment_ids");
        if (ids.isMissingNode() || ids.isNull()) {
            return null;
        }
        if (!ids.isArray()) {
            throw dev.parley.domain.shared.ParleyException.invalid("attachment_ids", "must be an array");
        }
        List<String> result = new ArrayList<>();
        ids.forEach(id -> result.add(id.asText()));
        return result;
    }
}

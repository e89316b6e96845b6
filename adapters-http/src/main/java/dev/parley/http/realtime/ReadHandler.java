package dev.parley.http.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.Principal;
import dev.parley.domain.conversation.in.MarkReadUseCase;

/** {@code read} {conversation_id, seq}: moves the read cursor like {@code POST …/read}; {@code receipt.read} follows. */
final class ReadHandler implements FrameHandler {
    private final MarkReadUseCase markRead;

    ReadHandler(MarkReadUseCase markRead) {
        this.markRead = markRead;
    }

    @Override
    public String type() {
        return "read";
    }

    @Override
    public void handle(Principal caller, JsonNode frame, FrameReplies replies) {
        markRead.markRead(caller.userId(), FrameFields.conversationId(frame), FrameFields.requiredLong(frame, "seq"));
    }
}

package dev.parley.http.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.Principal;
import dev.parley.domain.realtime.in.TypingUseCase;
import dev.parley.domain.shared.ParleyException;

/** {@code typing} {conversation_id, state: start|stop}: no answer unless the frame is refused. */
final class TypingHandler implements FrameHandler {
    private final TypingUseCase typing;

    TypingHandler(TypingUseCase typing) {
        this.typing = typing;
    }

    @Override
    public String type() {
        return "typing";
    }

    @Override
    public void handle(Principal caller, JsonNode frame, FrameReplies replies) {
        var conversationId = FrameFields.conversationId(frame);
        String state = FrameFields.requiredText(frame, "state");
        if (!state.equals("start") && !state.equals("stop")) {
            throw ParleyException.invalid("state", "must be start or stop");
        }
        typing.typing(caller.userId(), conversationId.value(), state.equals("start"));
    }
}

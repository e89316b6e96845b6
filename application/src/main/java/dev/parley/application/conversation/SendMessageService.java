package dev.parley.application.conversation;

import dev.parley.application.file.AttachmentRules;
import dev.parley.domain.conversation.MessageContent;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.Text;
import dev.parley.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import dev.parley.domain.file.Attachment;
import java.util.List;

/**
 * Posts messages: validation and the per-user rate limit run on the caller's thread, then the message goes
 * through the {@link SendQueue} (a group commit on a server, see the package documentation) and the caller
 * waits for its commit. The service owns no threads: whoever built the queue closes it.
 */
public final class SendMessageService implements SendMessageUseCase {
    static final int MAX_CLIENT_MSG_ID = 128;

    private final ConversationSettings settings;
    private final Clock clock;
    private final RateLimiter limiter;
    private final SendQueue queue;
    private final AttachmentRules attachments;

    public SendMessageService(SendQueue queue, ConversationSettings settings, Clock clock) {
        this(queue, settings, clock, null, null);
    }

    /**
     * With a {@link RateLimiter}, each user's sends (REST and WebSocket alike, on every node sharing the
     * limiter) are limited to {@link ConversationSettings#sendLimit()}. With {@link AttachmentRules}, messages
     * may carry files (without, any {@code attachment_ids} is refused). Either may be null.
     */
    public SendMessageService(SendQueue queue, ConversationSettings settings, Clock clock, RateLimiter limiter,
                              AttachmentRules attachments) {
        this.queue = queue;
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
        this.limiter = limiter;
    }

    @Override
    public Sent send(Command command) {
        Validation validation = new Validation();
        boolean hasFiles = command.attachmentIds() != null && !command.attachmentIds().isEmpty();
        boolean hasText = command.content() != null && !(hasFiles && command.content().isBlank());
        MessageContent content = hasText || !hasFiles ? validation.attempt("content",
                () -> MessageContent.of(command.content(), settings.maxContentLength())) : null;
        String clientMsgId = command.clientMsgId();
        validation.check(clientMsgId == null || (!clientMsgId.isBlank() && clientMsgId.length() <= MAX_CLIENT_MSG_ID),
                "client_msg_id", "must be 1-" + MAX_CLIENT_MSG_ID + " characters");
        validation.attempt("client_msg_id", () -> Text.check("client_msg_id", clientMsgId, Text.Lines.SINGLE));
        validation.check(!hasFiles || attachments != null, "attachment_ids", "files are not enabled on this server");
        validation.throwIfInvalid();
        if (limiter != null) {
            limiter.acquire("send:" + command.sender(), settings.sendLimit(), clock.instant()).ifPresent(wait -> {
                throw ParleyException.rateLimited(wait);
            });
        }
        // Only a message that names files reads them (one query); plain text pays nothing.
        List<Attachment> files = hasFiles ? attachments.resolve(command.sender(), command.attachmentIds()) : List.of();
        Instant now = clock.instant();
        MessageType type = content == null ? MessageType.FILE : MessageType.TEXT;
        return queue.send(new NewMessage(new MessageId(Ids.newId(now)), command.conversationId(), command.sender(),
                type, content == null ? null : content.value(), command.replyToId(), clientMsgId, now, files));
    }
}

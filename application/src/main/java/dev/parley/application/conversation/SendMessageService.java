package dev.parley.application.conversation;

import dev.parley.application.file.AttachmentRules;
import dev.parley.domain.conversation.MessageContent;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.EventPublisher;
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
 * Posts messages: validation and the per-user rate limit run on the caller's thread, then the message joins
 * the next group commit (see the package documentation) and the caller waits for its commit.
 */
public final class SendMessageService implements SendMessageUseCase, AutoCloseable {
    static final int MAX_CLIENT_MSG_ID = 128;

    private final ConversationSettings settings;
    private final Clock clock;
    private final RateLimiter limiter;
    private final SendBatcher batcher;
    private final AttachmentRules attachments;

    public SendMessageService(ConversationRepository conversations, MessageRepository messages,
                              ReachabilityCheck reachability, ConversationSettings settings,
                              EventPublisher events, Clock clock) {
        this(conversations, messages, reachability, settings, events, clock, null);
    }

    /**
     * With a {@link RateLimiter}, each user's sends (REST and WebSocket alike, on every node sharing the
     * limiter) are limited to {@link ConversationSettings#sendLimit()}.
     */
    public SendMessageService(ConversationRepository conversations, MessageRepository messages,
                              ReachabilityCheck reachability, ConversationSettings settings,
                              EventPublisher events, Clock clock, RateLimiter limiter) {
        this(conversations, messages, reachability, settings, events, clock, limiter, null);
    }

    /** With {@link AttachmentRules}, messages may carry files (without, any {@code attachment_ids} is refused). */
    public SendMessageService(ConversationRepository conversations, MessageRepository messages,
                              ReachabilityCheck reachability, ConversationSettings settings,
                              EventPublisher events, Clock clock, RateLimiter limiter, AttachmentRules attachments) {
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
        this.limiter = limiter;
        GroupCommit commit = new GroupCommit(new SendAdmission(conversations, messages, reachability), messages, events);
        this.batcher = new SendBatcher(commit, settings.groupCommitBatch(), settings.sendWriters());
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
        return batcher.send(new NewMessage(new MessageId(Ids.newId(now)), command.conversationId(), command.sender(),
                type, content == null ? null : content.value(), command.replyToId(), clientMsgId, now, files));
    }

    /** Stops the writers; sends still queued fail as the node shuts down. */
    @Override
    public void close() {
        batcher.close();
    }
}

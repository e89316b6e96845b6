package dev.parley.application.meeting;

import dev.parley.domain.account.Principal;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.in.ScheduleMeetingUseCase;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

/**
 * Creates a meeting with a fresh random code and its own chat conversation, in one transaction. A code that
 * happens to be taken already (about one chance in 4·10^13 per meeting) is simply drawn again.
 */
public final class ScheduleMeetingService implements ScheduleMeetingUseCase {
    private static final int CODE_ATTEMPTS = 5;

    private final MeetingRepository meetings;
    private final MeetingChat chat;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ScheduleMeetingService(MeetingRepository meetings, MeetingChat chat, Transactions transactions, Clock clock) {
        this.meetings = meetings;
        this.chat = chat;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Meeting schedule(Principal host, Command command) {
        Instant now = clock.instant();
        Instant from = command.details().scheduledAt() != null ? command.details().scheduledAt() : now;
        if (!from.plus(command.details().duration()).isAfter(now)) {
            throw ParleyException.invalid("scheduled_at", "the meeting would be over already");
        }
        return transactions.inTransaction(() -> {
            ConversationId conversation = chat.open(command.details().title(), host.userId(), now);
            MeetingId id = new MeetingId(Ids.newId(now));
            for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
                Meeting meeting = Meeting.schedule(id, MeetingCode.generate(random), conversation, host.userId(),
                        command.details(), command.settings(), now);
                if (meetings.insert(meeting)) {
                    return meeting;
                }
            }
            throw new IllegalStateException("no free meeting code after " + CODE_ATTEMPTS + " attempts");
        });
    }
}

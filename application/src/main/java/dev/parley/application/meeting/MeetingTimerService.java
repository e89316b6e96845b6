package dev.parley.application.meeting;

import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingState;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends meetings past {@code expires_at}, and active meetings nobody has been in for the empty grace. The
 * deadlines are columns claimed with {@code FOR UPDATE SKIP LOCKED}, so any node may sweep, each meeting ends
 * exactly once, and a restart loses nothing.
 */
public final class MeetingTimerService {
    private final MeetingRepository meetings;
    private final MeetingEnding ending;
    private final MeetingAnnouncer announcer;
    private final MeetingOptions options;
    private final Transactions transactions;
    private final Clock clock;

    public MeetingTimerService(MeetingRepository meetings, MeetingParticipants participants, MeetingChat chat,
                               MeetingAnnouncer announcer, MeetingOptions options, Transactions transactions,
                               Clock clock) {
        this.meetings = meetings;
        this.ending = new MeetingEnding(meetings, participants, chat);
        this.announcer = announcer;
        this.options = options;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Ends up to {@code batch} due meetings and announces them; returns how many were claimed. */
    public int sweepDue(int batch) {
        Instant now = clock.instant();
        List<AfterCommit> announcements = new ArrayList<>();
        int claimed = transactions.inTransaction(() -> {
            List<Meeting> due = meetings.claimDue(now, options.emptyGrace(), batch);
            for (Meeting meeting : due) {
                Meeting judged = meeting.endIfDue(now, options.emptyGrace());
                if (judged.state() instanceof MeetingState.Ended ended) {
                    AfterCommit after = new AfterCommit();
                    ending.end(meeting, ended.reason(), ended.endedAt(), after);
                    announcements.add(after);
                }
            }
            return due.size();
        });
        announcements.forEach(announcer::announce);
        return claimed;
    }

    /** Sweeps until no full batch comes back. */
    public void sweepAll() {
        while (sweepDue(100) == 100) {
            // keep going: more may be due
        }
    }
}

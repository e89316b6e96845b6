package dev.parley.application.core;

import dev.parley.application.call.RingTimeoutService;
import dev.parley.application.conversation.SendQueue;
import dev.parley.application.file.FileSweeper;
import dev.parley.application.mail.MailDispatchService;
import dev.parley.application.meeting.MeetingTimerService;
import dev.parley.application.realtime.PresenceService;
import java.time.Duration;

/** What the core runs in the background, and the order it stops in: the timers first, then the send writers. */
final class CoreLifecycle {
    private static final Duration RING_SWEEP = Duration.ofMillis(250);
    private static final Duration MEETING_SWEEP = Duration.ofSeconds(1);
    private static final Duration FILE_SWEEP = Duration.ofSeconds(60);
    private static final int MAIL_BATCH = 50;

    private enum State { NEW, STARTED, STOPPED, CLOSED }

    private final CoreSettings settings;
    private final PresenceService presence;
    private final MailDispatchService mail;
    private final RingTimeoutService ringTimeouts;
    private final MeetingTimerService meetingTimers;
    private final FileSweeper fileSweeper;
    private final SendQueue send;
    private final CoreWorkers workers = new CoreWorkers();
    private State state = State.NEW;

    CoreLifecycle(CoreSettings settings, PresenceService presence, MailDispatchService mail,
                  RingTimeoutService ringTimeouts, MeetingTimerService meetingTimers, FileSweeper fileSweeper,
                  SendQueue send) {
        this.settings = settings;
        this.presence = presence;
        this.mail = mail;
        this.ringTimeouts = ringTimeouts;
        this.meetingTimers = meetingTimers;
        this.fileSweeper = fileSweeper;
        this.send = send;
    }

    synchronized void start() {
        if (state != State.NEW) {
            throw new IllegalStateException("the core was started or stopped before; a core starts once");
        }
        state = State.STARTED;
        workers.every(settings.presence().heartbeat(), "presence heartbeat", presence::tick);
        workers.every(settings.mailPollInterval(), "mail dispatch", () -> {
            while (mail.dispatchDue(MAIL_BATCH) == MAIL_BATCH) {
                // keep draining while full batches come back
            }
        });
        // ring timeouts are rows: whichever node sweeps first misses each due call exactly once
        workers.every(RING_SWEEP, "ring timeouts", ringTimeouts::sweepAll);
        // meeting expiry and empty grace are rows too: a restart or a second node changes nothing
        workers.every(MEETING_SWEEP, "meeting timers", meetingTimers::sweepAll);
        // file timers are rows too: unfinished uploads, never-attached files, bytes of deleted files
        workers.every(FILE_SWEEP, "file sweep", fileSweeper::sweepAll);
    }

    synchronized void stop() {
        if (state == State.NEW || state == State.STARTED) {
            workers.stop();
            state = State.STOPPED;
        }
    }

    synchronized void close() {
        stop();
        if (state != State.CLOSED) {
            send.close();
            state = State.CLOSED;
        }
    }
}

package dev.parley.application.conversation.fakes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Fake: a clock that moves one second forward every time it is read, so events have a clear order. */
public final class TickingClock extends Clock {
    private Instant now;

    public TickingClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        now = now.plusSeconds(1);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}

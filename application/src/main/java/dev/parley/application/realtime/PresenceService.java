package dev.parley.application.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Presence;
import dev.parley.domain.realtime.PresenceChanged;
import dev.parley.domain.realtime.PresenceStatus;
import dev.parley.domain.realtime.in.PresenceQuery;
import dev.parley.domain.realtime.in.TrackPresenceUseCase;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.domain.realtime.out.PresenceLeases;
import dev.parley.domain.shared.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cluster-wide presence from this node's point of view: counts the node's sockets per user, holds a
 * lease per connected user (renewed on every {@link #tick}), delays going offline by a grace period,
 * and sweeps the expired leases of dead nodes. Announces transitions as {@link PresenceChanged}.
 * Calls may block on the lease store, so the gateway calls it off its socket threads.
 */
public final class PresenceService implements TrackPresenceUseCase, PresenceQuery {
    private final PresenceLeases leases;
    private final LastSeenRepository lastSeen;
    private final EventPublisher events;
    private final PresenceSettings settings;
    private final Clock clock;
    private final Map<UserId, Integer> localSockets = new HashMap<>();
    private final Map<UserId, Instant> leavingAt = new HashMap<>();

    public PresenceService(PresenceLeases leases, LastSeenRepository lastSeen, EventPublisher events,
                           PresenceSettings settings, Clock clock) {
        this.leases = leases;
        this.lastSeen = lastSeen;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void connected(UserId userId) {
        int count = localSockets.merge(userId, 1, Integer::sum);
        boolean wasLeaving = leavingAt.remove(userId) != null;
        if (count == 1 && !wasLeaving) {
            Instant now = clock.instant();
            if (leases.attach(userId, now.plus(settings.leaseTtl()))) {
                announce(userId, PresenceStatus.ONLINE, now);
            }
        }
    }

    @Override
    public synchronized void disconnected(UserId userId) {
        Integer left = localSockets.computeIfPresent(userId, (ignored, count) -> count > 1 ? count - 1 : null);
        if (left == null) {
            leavingAt.put(userId, clock.instant().plus(settings.grace()));
        }
    }

    /** Runs every heartbeat: ends elapsed graces, renews this node's leases, sweeps dead nodes' leases. */
    public synchronized void tick() {
        Instant now = clock.instant();
        for (Iterator<Map.Entry<UserId, Instant>> it = leavingAt.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<UserId, Instant> leaving = it.next();
            if (!now.isBefore(leaving.getValue())) {
                it.remove();
                if (leases.detach(leaving.getKey())) {
                    announce(leaving.getKey(), PresenceStatus.OFFLINE, now);
                }
            }
        }
        Set<UserId> held = new HashSet<>(localSockets.keySet());
        held.addAll(leavingAt.keySet());
        if (!held.isEmpty()) {
            leases.renew(held, now.plus(settings.leaseTtl()))
                    .forEach(userId -> announce(userId, PresenceStatus.ONLINE, now));
        }
        leases.sweepExpired(now).forEach(userId -> announce(userId, PresenceStatus.OFFLINE, now));
    }

    @Override
    public Presence presenceOf(UserId userId) {
        PresenceStatus status = leases.isOnline(userId) ? PresenceStatus.ONLINE : PresenceStatus.OFFLINE;
        return new Presence(userId, status, lastSeen.find(userId));
    }

    private void announce(UserId userId, PresenceStatus status, Instant now) {
        lastSeen.save(userId, now);
        events.publish(new PresenceChanged(userId, status, Optional.of(now)));
    }
}

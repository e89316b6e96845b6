package dev.parley.application.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.PresenceChanged;
import dev.parley.domain.realtime.PresenceStatus;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.inmemory.realtime.InMemoryPresenceLeases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PresenceServiceTest {
    private final MutableClock clock = new MutableClock();
    private final InMemoryPresenceLeases leases = new InMemoryPresenceLeases();
    private final Map<UserId, Instant> lastSeen = new HashMap<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private final PresenceService presence = new PresenceService(leases, new LastSeenRepository() {
        @Override
        public void save(UserId userId, Instant at) {
            lastSeen.put(userId, at);
        }

        @Override
        public Optional<Instant> find(UserId userId) {
            return Optional.ofNullable(lastSeen.get(userId));
        }
    }, events::add, new PresenceSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(1)), clock);
    private final UserId alice = new UserId(UUID.randomUUID());

    @Test
    void announces_online_once_for_the_first_socket_only() {
        presence.connected(alice);
        presence.connected(alice);

        assertThat(statuses()).containsExactly(PresenceStatus.ONLINE);
        assertThat(presence.presenceOf(alice).status()).isEqualTo(PresenceStatus.ONLINE);
    }

    @Test
    void goes_offline_only_after_the_last_socket_closed_and_the_grace_elapsed() {
        presence.connected(alice);
        presence.connected(alice);
        presence.disconnected(alice);
        presence.disconnected(alice);
        clock.advance(Duration.ofSeconds(2));
        presence.tick();
        assertThat(statuses()).containsExactly(PresenceStatus.ONLINE);

        clock.advance(Duration.ofSeconds(1));
        presence.tick();

        assertThat(statuses()).containsExactly(PresenceStatus.ONLINE, PresenceStatus.OFFLINE);
        assertThat(presence.presenceOf(alice).lastSeenAt()).contains(clock.instant());
    }

    @Test
    void a_reconnect_within_the_grace_is_invisible_to_others() {
        presence.connected(alice);
        presence.disconnected(alice);
        clock.advance(Duration.ofSeconds(1));
        presence.connected(alice);
        clock.advance(Duration.ofSeconds(5));
        presence.tick();

        assertThat(statuses()).containsExactly(PresenceStatus.ONLINE);
    }

    @Test
    void heartbeats_keep_the_lease_and_a_dead_nodes_lease_expires_into_offline() {
        presence.connected(alice);
        clock.advance(Duration.ofSeconds(8));
        presence.tick();
        clock.advance(Duration.ofSeconds(8));
        presence.tick();
        assertThat(leases.isOnline(alice)).as("renewed by heartbeats").isTrue();

        UserId onDeadNode = new UserId(UUID.randomUUID());
        leases.attach(onDeadNode, clock.instant().plusSeconds(10));
        clock.advance(Duration.ofSeconds(10));
        presence.tick();

        assertThat(events).contains(new PresenceChanged(onDeadNode, PresenceStatus.OFFLINE, Optional.of(clock.instant())));
        assertThat(leases.isOnline(alice)).isTrue();
    }

    private List<PresenceStatus> statuses() {
        return events.stream().map(event -> ((PresenceChanged) event).status()).toList();
    }
}

package dev.parley.application.call;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallEvent;
import dev.parley.domain.call.MediaGrant;
import dev.parley.domain.call.out.MediaRooms;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.Transactions;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.call.InMemoryCallRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The call services wired to in-memory fakes, with a clock the test moves. */
final class CallFixture {
    final InMemoryCallRepository calls = new InMemoryCallRepository();
    final List<CallEvent> events = new ArrayList<>();
    final List<String> openedRooms = new ArrayList<>();
    final List<String> closedRooms = new ArrayList<>();
    final List<Call> notices = new ArrayList<>();
    final InMemoryUserRepository users = new InMemoryUserRepository();
    Instant now = Instant.parse("2026-11-21T10:00:00Z");
    ReachabilityCheck reachability = new AllowAll();

    final Clock clock = new Clock() {
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    };
    final Transactions transactions = new Transactions() {
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };
    final MediaRooms rooms = new MediaRooms() {
        public void open(String room) {
            openedRooms.add(room);
        }

        public void close(String room) {
            closedRooms.add(room);
        }
    };
    final CallAnnouncer announcer = new CallAnnouncer(event -> events.add((CallEvent) event), rooms);
    final CallTransitions transitions = new CallTransitions(calls, call -> {
        notices.add(call);
        return java.util.List.of();
    }, announcer, transactions);
    final MediaGrants grants = new MediaGrants((room, user, name) -> new MediaGrant("ws://lk", room, "token-" + user),
            users);

    PlaceCallService placing() {
        ReachabilityCheck current = new ReachabilityCheck() {
            public void require(UserId from, UserId to, Channel channel) {
                reachability.require(from, to, channel);
            }

            public boolean allows(UserId from, UserId to, Channel channel) {
                return reachability.allows(from, to, channel);
            }
        };
        return new PlaceCallService(calls, users, current, announcer, new CallSettings(Duration.ofSeconds(30)), transactions, clock);
    }

    Principal user() {
        UserId id = new UserId(UUID.randomUUID());
        users.insert(User.register(id, new Email(id.value().toString().substring(0, 8) + "@example.com"),
                new Username("u" + id.value().toString().substring(0, 8)), new DisplayName("User"), "hash", now));
        return new Principal(id, new SessionId(UUID.randomUUID()));
    }

    /** Allows every call. */
    static final class AllowAll implements ReachabilityCheck {
        public void require(UserId from, UserId to, Channel channel) {
        }

        public boolean allows(UserId from, UserId to, Channel channel) {
            return true;
        }
    }
}

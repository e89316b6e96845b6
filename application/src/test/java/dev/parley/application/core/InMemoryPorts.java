package dev.parley.application.core;

import dev.parley.inmemory.call.InMemoryCallRepository;
import dev.parley.inmemory.realtime.InMemoryChangeFeed;
import dev.parley.inmemory.conversation.InMemoryConversationData;
import dev.parley.inmemory.conversation.InMemoryConversationRepository;
import dev.parley.inmemory.conversation.InMemoryMessageRepository;
import dev.parley.inmemory.file.InMemoryFileRepository;
import dev.parley.inmemory.file.InMemoryFileStorage;
import dev.parley.inmemory.meeting.InMemoryMeetingParticipants;
import dev.parley.inmemory.meeting.InMemoryMeetingRepository;
import dev.parley.inmemory.people.InMemoryBlockRepository;
import dev.parley.inmemory.people.InMemoryContactRequestRepository;
import dev.parley.inmemory.people.InMemoryContactRepository;
import dev.parley.application.testing.CountingRateLimiter;
import dev.parley.inmemory.shared.DirectTransactions;
import dev.parley.application.testing.FakeAccessTokens;
import dev.parley.application.testing.FakeKnownDevices;
import dev.parley.inmemory.account.InMemoryEmailVerificationRepository;
import dev.parley.inmemory.mail.InMemoryMailOutbox;
import dev.parley.inmemory.account.InMemoryPasswordResetRepository;
import dev.parley.inmemory.account.InMemorySessionRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.application.testing.PlainPasswordHasher;
import dev.parley.application.testing.RecordingEventPublisher;
import dev.parley.domain.account.UserId;
import dev.parley.domain.mail.MailSender;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.domain.realtime.out.PresenceLeases;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** {@link Ports} over the application's in-memory fakes, for tests of the whole core; mail goes to the given sender. */
final class InMemoryPorts {
    private InMemoryPorts() {
    }

    static PortsBuilder builder(Clock clock, MailSender mail) {
        InMemoryUserRepository users = new InMemoryUserRepository();
        InMemoryConversationData conversations = new InMemoryConversationData(clock);
        InMemoryContactRequestRepository requests = new InMemoryContactRequestRepository();
        InMemoryCallRepository calls = new InMemoryCallRepository();
        InMemoryMeetingParticipants participants = new InMemoryMeetingParticipants();
        InMemoryMailOutbox outbox = new InMemoryMailOutbox(clock);
        UnreachedPorts unreached = new UnreachedPorts();
        return Ports.builder()
                .clock(clock).transactions(new DirectTransactions()).eventFrames(event -> java.util.Optional.empty())
                .rateLimiter(new CountingRateLimiter()).fanoutBus(new DirectFanoutBus())
                .users(users).sessions(new InMemorySessionRepository())
                .emailVerifications(new InMemoryEmailVerificationRepository())
                .passwordResets(new InMemoryPasswordResetRepository()).passwordHasher(new PlainPasswordHasher())
                .accessTokens(new FakeAccessTokens()).knownDevices(new FakeKnownDevices())
                .mailOutbox(outbox).mailQueue(outbox).mailSender(mail)
                .contacts(new InMemoryContactRepository(users)).contactRequests(requests).blocks(new InMemoryBlockRepository(users))
                .userSearch((caller, prefix, limit) -> List.of())
                .conversations(new InMemoryConversationRepository(conversations))
                .messages(new InMemoryMessageRepository(conversations))
                .memberships(unreached).ticketStore(unreached).presenceLeases(new NoLeases()).lastSeen(new LastSeen())
                .changeFeed(new InMemoryChangeFeed(conversations, requests, calls))
                .calls(calls).mediaRooms(unreached)
                .mediaTokens((room, user, name) -> {
                    throw new UnsupportedOperationException("no media here");
                })
                .webhookVerifier((body, authorization) -> {
                    throw new UnsupportedOperationException("no media here");
                })
                .meetings(new InMemoryMeetingRepository(participants)).meetingParticipants(participants)
                .meetingMedia(unreached)
                .meetingTracks((meeting, user, track, unpublished, at) -> {
                    throw new UnsupportedOperationException("no media here");
                })
                .meetingTokens((room, user, name, canPublish, startMuted) -> {
                    throw new UnsupportedOperationException("no media here");
                })
                .files(new InMemoryFileRepository()).fileStorage(new InMemoryFileStorage()).imageCodec(unreached)
                .linkSigner(payload -> "signed-" + payload);
    }

    /** One node: every delivery reaches every subscriber at once, on the publisher's thread. */
    private static final class DirectFanoutBus implements FanoutBus {
        private final List<Consumer<Delivery>> subscribers = new CopyOnWriteArrayList<>();

        @Override
        public void publish(Delivery delivery) {
            subscribers.forEach(subscriber -> subscriber.accept(delivery));
        }

        @Override
        public void subscribe(Consumer<Delivery> subscriber) {
            subscribers.add(subscriber);
        }
    }

    /** When each user was last seen online. */
    private static final class LastSeen implements LastSeenRepository {
        private final Map<UserId, Instant> seen = new ConcurrentHashMap<>();

        @Override
        public void save(UserId userId, Instant lastSeenAt) {
            seen.put(userId, lastSeenAt);
        }

        @Override
        public Optional<Instant> find(UserId userId) {
            return Optional.ofNullable(seen.get(userId));
        }
    }

    /** Nobody connects in these tests: nobody is online, and the heartbeat has nothing to renew. */
    private static final class NoLeases implements PresenceLeases {
        @Override
        public boolean attach(UserId userId, Instant expiresAt) {
            throw new UnsupportedOperationException("no sockets here");
        }

        @Override
        public boolean detach(UserId userId) {
            throw new UnsupportedOperationException("no sockets here");
        }

        @Override
        public List<UserId> renew(Collection<UserId> userIds, Instant expiresAt) {
            return List.of();
        }

        @Override
        public List<UserId> sweepExpired(Instant now) {
            return List.of();
        }

        @Override
        public boolean isOnline(UserId userId) {
            return false;
        }
    }
}

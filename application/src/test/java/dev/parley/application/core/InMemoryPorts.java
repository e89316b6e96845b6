package dev.parley.application.core;

import dev.parley.inmemory.call.InMemoryCallRepository;
import dev.parley.inmemory.realtime.InMemoryChangeFeed;
import dev.parley.inmemory.realtime.InMemoryLastSeenRepository;
import dev.parley.inmemory.realtime.InMemoryPresenceLeases;
import dev.parley.inmemory.realtime.InProcessFanoutBus;
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
import dev.parley.domain.mail.MailSender;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
                .clock(clock).transactions(new DirectTransactions()).eventFrames(event -> Optional.empty())
                .rateLimiter(new CountingRateLimiter()).fanoutBus(new InProcessFanoutBus())
                .users(users).sessions(new InMemorySessionRepository())
                .emailVerifications(new InMemoryEmailVerificationRepository())
                .passwordResets(new InMemoryPasswordResetRepository()).passwordHasher(new PlainPasswordHasher())
                .accessTokens(new FakeAccessTokens()).knownDevices(new FakeKnownDevices())
                .mailOutbox(outbox).mailQueue(outbox).mailSender(mail)
                .contacts(new InMemoryContactRepository(users)).contactRequests(requests).blocks(new InMemoryBlockRepository(users))
                .userSearch((caller, prefix, limit) -> List.of())
                .conversations(new InMemoryConversationRepository(conversations))
                .messages(new InMemoryMessageRepository(conversations))
                .memberships(unreached).ticketStore(unreached).presenceLeases(new InMemoryPresenceLeases())
                .lastSeen(new InMemoryLastSeenRepository())
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
}

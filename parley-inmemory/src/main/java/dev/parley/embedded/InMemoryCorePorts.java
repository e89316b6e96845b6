package dev.parley.embedded;

import dev.parley.application.core.Ports;
import dev.parley.application.core.PortsBuilder;
import dev.parley.inmemory.InMemoryPorts;
import java.time.Clock;
import java.util.Optional;

/**
 * The one mapping of the in-memory adapters onto the core's {@link Ports}. It returns the builder, so an embedder
 * can swap some ports for real ones (the PostgreSQL repositories, say) and keep the in-memory rest.
 */
public final class InMemoryCorePorts {
    private InMemoryCorePorts() {
    }

    /** Every port from {@code in}; no sockets, so events are encoded for no wire ({@code eventFrames} is empty). */
    public static PortsBuilder builder(InMemoryPorts in, Clock clock) {
        return Ports.builder()
                .clock(clock).transactions(in.transactions()).eventFrames(event -> Optional.empty())
                .rateLimiter(in.rateLimiter()).fanoutBus(in.fanoutBus())
                .users(in.users()).sessions(in.sessions()).emailVerifications(in.emailVerifications())
                .passwordResets(in.passwordResets()).passwordHasher(in.passwordHasher())
                .accessTokens(in.accessTokens()).knownDevices(in.knownDevices())
                .mailOutbox(in.mailOutbox()).mailQueue(in.mailOutbox()).mailSender(in.mailSender())
                .contacts(in.contacts()).contactRequests(in.contactRequests()).blocks(in.blocks())
                .userSearch(in.userSearch())
                .conversations(in.conversations()).messages(in.messages()).memberships(in.memberships())
                .ticketStore(in.tickets()).presenceLeases(in.presenceLeases()).lastSeen(in.lastSeen())
                .changeFeed(in.changeFeed())
                .calls(in.calls()).mediaTokens(in.mediaTokens()).mediaRooms(in.mediaRooms())
                .webhookVerifier(in.webhookVerifier())
                .meetings(in.meetings()).meetingParticipants(in.meetingParticipants())
                .meetingTracks(in.meetingTracks()).meetingTokens(in.meetingTokens()).meetingMedia(in.meetingMedia())
                .files(in.files()).fileStorage(in.fileStorage()).imageCodec(in.imageCodec())
                .linkSigner(in.linkSigner());
    }
}

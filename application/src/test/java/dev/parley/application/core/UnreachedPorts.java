package dev.parley.application.core;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.out.MediaRooms;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.file.ImageSize;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.out.ImageCodec;
import dev.parley.domain.meeting.out.MeetingMedia;
import dev.parley.domain.realtime.out.TicketStore;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The ports a core test does not reach (sockets, media, images): reaching one fails the test loudly. */
final class UnreachedPorts implements MembershipQuery, TicketStore, MediaRooms, MeetingMedia,
        ImageCodec {

    private static UnsupportedOperationException unreached() {
        return new UnsupportedOperationException("this test does not expect the core to reach this port");
    }

    @Override
    public List<UserId> members(ConversationId conversationId) { throw unreached(); }

    @Override
    public List<ConversationId> conversationsOf(UserId userId) { throw unreached(); }

    @Override
    public Set<UserId> peersOf(UserId userId) { throw unreached(); }

    @Override
    public void save(String digest, Principal principal, Instant expiresAt) { throw unreached(); }

    @Override
    public Optional<Principal> take(String digest, Instant now) { throw unreached(); }

    @Override
    public void open(String room) { throw unreached(); }

    @Override
    public void close(String room) { throw unreached(); }

    @Override
    public void openRoom(String room, int maxParticipants) { throw unreached(); }

    @Override
    public void closeRoom(String room) { throw unreached(); }

    @Override
    public void removeParticipant(String room, UserId user) { throw unreached(); }

    @Override
    public void muteMicrophone(String room, UserId user) { throw unreached(); }

    @Override
    public Optional<String> startRecording(String room, StorageKey output) { throw unreached(); }

    @Override
    public void stopRecording(String egressId) { throw unreached(); }

    @Override
    public Optional<ImageSize> probe(InputStream bytes) { throw unreached(); }

    @Override
    public Optional<byte[]> thumbnail(InputStream bytes, ImageSize source, int box, boolean png) { throw unreached(); }
}

package dev.parley.http.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.realtime.in.ConversationAudience;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LocalDispatcherTest {
    private final SocketRegistry registry = new SocketRegistry();
    private final UUID conversation = UUID.randomUUID();
    private final Set<UserId> members = new HashSet<>();
    private final List<UUID> refreshed = new CopyOnWriteArrayList<>();
    private final LocalDispatcher dispatcher = new LocalDispatcher(registry, new ConversationAudience() {
        @Override
        public Set<UserId> membersOf(UUID conversationId) {
            return conversationId.equals(conversation) ? Set.copyOf(members) : Set.of();
        }

        @Override
        public void membershipChanged(UUID conversationId) {
            refreshed.add(conversationId);
        }
    });

    @Test
    void a_conversation_event_reaches_every_device_of_connected_members_only() {
        Principal alicePhone = principal(new UserId(UUID.randomUUID()));
        Principal aliceLaptop = new Principal(alicePhone.userId(), new SessionId(UUID.randomUUID()));
        Principal stranger = principal(new UserId(UUID.randomUUID()));
        members.add(alicePhone.userId());
        Socket phone = open(alicePhone);
        Socket laptop = open(aliceLaptop);
        Socket other = open(stranger);

        dispatcher.accept(Delivery.of(new Audience.Conversation(conversation), WireFrame.ofText("{\"seq\":1}")));

        assertThat(phone.frames()).containsExactly("{\"seq\":1}");
        assertThat(laptop.frames()).containsExactly("{\"seq\":1}");
        assertThat(other.frames()).isEmpty();
        assertThat(refreshed).isEmpty();
    }

    @Test
    void every_socket_is_handed_the_one_frame_encoded_for_the_event_not_a_copy() {
        Principal alice = principal(new UserId(UUID.randomUUID()));
        Principal bob = principal(new UserId(UUID.randomUUID()));
        members.addAll(Set.of(alice.userId(), bob.userId()));
        Socket aliceSocket = open(alice);
        Socket bobSocket = open(bob);
        WireFrame frame = WireFrame.ofText("{\"seq\":2}");

        dispatcher.accept(Delivery.of(new Audience.Conversation(conversation), frame));

        assertThat(aliceSocket.outbound().offered).singleElement().isSameAs(frame);
        assertThat(bobSocket.outbound().offered).singleElement().isSameAs(frame);
    }

    @Test
    void a_users_event_skips_the_excluded_session_but_reaches_the_users_other_devices() {
        Principal answering = principal(new UserId(UUID.randomUUID()));
        Principal ringing = new Principal(answering.userId(), new SessionId(UUID.randomUUID()));
        Principal caller = principal(new UserId(UUID.randomUUID()));
        Socket answered = open(answering);
        Socket other = open(ringing);
        Socket callerSocket = open(caller);

        dispatcher.accept(Delivery.of(Audience.Users.except(Set.of(answering.userId(), caller.userId()),
                answering.sessionId()), WireFrame.ofText("{\"type\":\"call.answered_elsewhere\"}")));

        assertThat(other.frames()).containsExactly("{\"type\":\"call.answered_elsewhere\"}");
        assertThat(callerSocket.frames()).hasSize(1);
        assertThat(answered.frames()).isEmpty();
    }

    @Test
    void a_large_group_reaches_exactly_its_members_connected_here_whichever_side_is_smaller() {
        List<Socket> memberSockets = new java.util.ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            UserId member = new UserId(UUID.randomUUID());
            members.add(member);
            if (i % 100 == 0) {
                memberSockets.add(open(principal(member)));
            }
        }
        Socket outsider = open(principal(new UserId(UUID.randomUUID())));

        dispatcher.accept(Delivery.of(new Audience.Conversation(conversation), WireFrame.ofText("{\"seq\":9}")));

        for (Socket socket : memberSockets) {
            assertThat(socket.frames()).containsExactly("{\"seq\":9}");
        }
        assertThat(outsider.frames()).isEmpty();
    }

    @Test
    void a_membership_change_refreshes_the_index_before_resolving_the_audience() {
        dispatcher.accept(new Delivery(new Audience.Conversation(conversation), WireFrame.ofText("{}"), Delivery.Effect.REFRESH_MEMBERS));

        assertThat(refreshed).containsExactly(conversation);
    }

    @Test
    void a_revoked_session_gets_the_event_then_closes_with_4001_while_the_users_other_session_stays() {
        Principal phone = principal(new UserId(UUID.randomUUID()));
        Principal laptop = new Principal(phone.userId(), new SessionId(UUID.randomUUID()));
        Socket revoked = open(phone);
        Socket kept = open(laptop);

        dispatcher.accept(new Delivery(new Audience.Session(phone.sessionId()), WireFrame.ofText("{\"type\":\"session.revoked\"}"),
                Delivery.Effect.END_SESSION));

        assertThat(revoked.events()).containsExactly("frame {\"type\":\"session.revoked\"}", "close after pending 4001");
        assertThat(kept.events()).isEmpty();
    }

    private Socket open(Principal principal) {
        RecordingOutbound outbound = new RecordingOutbound();
        registry.add(new Connection(UUID.randomUUID().toString(), principal, outbound));
        return new Socket(outbound);
    }

    private static Principal principal(UserId userId) {
        return new Principal(userId, new SessionId(UUID.randomUUID()));
    }

    private record Socket(RecordingOutbound outbound) {
        List<String> frames() {
            return outbound.events.stream().filter(event -> event.startsWith("frame ")).map(event -> event.substring(6)).toList();
        }

        List<String> events() {
            return outbound.events;
        }
    }

    /**
     * Records what the dispatcher hands a connection, as it hands it: delivery is synchronous up to the outbound,
     * so "nothing reached this socket" is exact the moment {@code accept} returns (no waiting, no sleeping).
     */
    private static final class RecordingOutbound implements Outbound {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<WireFrame> offered = new CopyOnWriteArrayList<>();

        @Override
        public boolean offer(WireFrame frame) {
            events.add("frame " + frame.text());
            offered.add(frame);
            return true;
        }

        @Override
        public void offerHeartbeat() {
        }

        @Override
        public void ping() {
        }

        @Override
        public void closeAfterPending(int code, String reason) {
            events.add("close after pending " + code);
        }

        @Override
        public void closeNow(int code, String reason) {
            events.add("close now " + code);
        }

        @Override
        public void stop() {
        }
    }
}

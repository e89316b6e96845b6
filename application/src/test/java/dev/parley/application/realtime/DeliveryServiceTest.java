package dev.parley.application.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.inmemory.people.InMemoryBlockRepository;
import dev.parley.inmemory.people.InMemoryContactRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.Reach;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallEvent;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.event.ConversationDeleted;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.event.ParticipantAdded;
import dev.parley.domain.conversation.event.ParticipantRemoved;
import dev.parley.domain.conversation.event.ReadCursorMoved;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingDetails;
import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.MeetingSettings;
import dev.parley.domain.people.ContactRemoved;
import dev.parley.domain.people.UserBlocked;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.PresenceChanged;
import dev.parley.domain.realtime.PresenceStatus;
import dev.parley.domain.realtime.TypingChanged;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.realtime.out.EventFrames;
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Who hears each committed event, and that every event is encoded once whatever its audiences. */
class DeliveryServiceTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryBlockRepository blocks = new InMemoryBlockRepository();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository(users);
    private final User alice = users.add("alice");
    private final User bob = users.add("bob");
    private final ConversationId chat = new ConversationId(UUID.randomUUID());
    private final Audience.Conversation everyone = new Audience.Conversation(chat.value());
    private final List<Delivery> published = new CopyOnWriteArrayList<>();
    private final List<DomainEvent> encoded = new ArrayList<>();
    /** Frames name the event they encode, so a test sees which view of an event went where. */
    private final EventFrames frames = event -> {
        encoded.add(event);
        return event instanceof UserBlocked ? Optional.empty() : Optional.of(WireFrame.ofText(event.toString()));
    };
    private final DeliveryService delivery = new DeliveryService(new RecordingBus(published), frames, users, blocks,
            contacts, new MembershipQuery() {
                @Override
                public List<UserId> members(ConversationId conversationId) {
                    return List.of();
                }

                @Override
                public List<ConversationId> conversationsOf(UserId userId) {
                    return List.of();
                }

                @Override
                public Set<UserId> peersOf(UserId userId) {
                    return Set.of();
                }
            });

    @Test
    void a_message_goes_once_to_the_conversation_and_each_node_resolves_its_members() {
        MessageCreated created = new MessageCreated(message());

        delivery.publish(created);

        assertThat(published).containsExactly(Delivery.of(everyone, WireFrame.ofText(created.toString())));
    }

    @Test
    void a_membership_change_refreshes_every_index_and_the_removed_user_hears_it_from_the_same_encoding() {
        Participant carol = new Participant(chat, new UserId(UUID.randomUUID()), Role.MEMBER, AT);

        delivery.publish(new ParticipantAdded(carol));
        delivery.publish(new ParticipantRemoved(carol));

        assertThat(published).extracting(Delivery::audience).containsExactly(everyone, everyone,
                Audience.Users.of(carol.userId()));
        assertThat(published).extracting(Delivery::effect).containsExactly(Delivery.Effect.REFRESH_MEMBERS,
                Delivery.Effect.REFRESH_MEMBERS, Delivery.Effect.NONE);
        assertThat(encoded).hasSize(2);
        assertThat(published.get(2).frame()).isSameAs(published.get(1).frame());
    }

    @Test
    void a_deleted_conversation_is_announced_to_its_last_members_by_name() {
        Conversation group = Conversation.create(chat, ConversationType.GROUP, "Team", alice.id(), 2, AT);

        delivery.publish(new ConversationDeleted(group, List.of(alice.id(), bob.id())));

        assertThat(published).singleElement().extracting(Delivery::audience)
                .isEqualTo(new Audience.Users(Set.of(alice.id(), bob.id())));
    }

    @Test
    void a_receipt_goes_to_the_conversation_only_when_the_reader_shares_read_receipts() {
        users.update(bob.withPrivacy(privacy(bob, Reach.CONTACTS, false)));

        delivery.publish(new ReadCursorMoved(chat, alice.id(), 3));
        delivery.publish(new ReadCursorMoved(chat, bob.id(), 3));
        delivery.publish(new ReadCursorMoved(chat, new UserId(UUID.randomUUID()), 3));

        assertThat(published).extracting(Delivery::audience).containsExactly(everyone, Audience.Users.of(bob.id()),
                Audience.Users.of(((ReadCursorMoved) lastEncoded()).userId()));
    }

    @Test
    void presence_goes_to_the_watchers_and_a_user_nobody_may_watch_costs_no_encoding() {
        User carol = users.add("carol");
        contacts.add(alice.id(), bob.id(), AT);
        blocks.add(carol.id(), alice.id(), AT);
        contacts.add(alice.id(), carol.id(), AT);

        delivery.publish(new PresenceChanged(alice.id(), PresenceStatus.ONLINE, Optional.empty()));
        users.update(alice.withPrivacy(privacy(alice, Reach.NOBODY, true)));
        delivery.publish(new PresenceChanged(alice.id(), PresenceStatus.OFFLINE, Optional.of(AT)));

        assertThat(published).singleElement().extracting(Delivery::audience).isEqualTo(Audience.Users.of(bob.id()));
        assertThat(encoded).hasSize(1);
    }

    @Test
    void a_call_event_goes_to_its_parties_minus_the_device_that_answered() {
        Call ringing = Call.place(new CallId(Ids.newId(AT)), alice.id(), bob.id(), CallMedia.AUDIO, AT, AT.plusSeconds(30));
        SessionId phone = new SessionId(UUID.randomUUID());

        delivery.publish(new CallEvent.Incoming(ringing));
        delivery.publish(new CallEvent.AnsweredElsewhere(ringing.accept(bob.id(), phone, AT.plusSeconds(2)), phone));
        delivery.publish(CallEvent.finished(ringing.decline(bob.id(), AT.plusSeconds(3))));

        assertThat(published).extracting(Delivery::audience).containsExactly(Audience.Users.of(bob.id()),
                Audience.Users.except(Set.of(bob.id()), phone), new Audience.Users(Set.of(alice.id(), bob.id())));
    }

    @Test
    void a_meeting_event_goes_to_the_participants_it_names_and_to_nobody_when_none_is_left() {
        Meeting meeting = Meeting.schedule(new MeetingId(UUID.randomUUID()), new MeetingCode("abc-defg-hjk"),
                new ConversationId(UUID.randomUUID()), alice.id(), new MeetingDetails("Sync", null, null, 60),
                MeetingSettings.DEFAULTS, AT);
        MeetingParticipant waiting = MeetingParticipant.waiting(meeting.id(), bob.id(), "Bob", MeetingRole.GUEST);

        delivery.publish(new MeetingEvent(MeetingEvent.Kind.PARTICIPANT_WAITING, meeting, waiting, Set.of(alice.id())));
        delivery.publish(new MeetingEvent(MeetingEvent.Kind.ENDED, meeting, null, Set.of()));

        assertThat(published).singleElement().extracting(Delivery::audience).isEqualTo(Audience.Users.of(alice.id()));
    }

    @Test
    void a_revoked_session_is_told_then_closed_on_every_node() {
        SessionId laptop = new SessionId(UUID.randomUUID());

        delivery.publish(new SessionRevoked(laptop, alice.id()));

        assertThat(published).singleElement().satisfies(revoked -> {
            assertThat(revoked.audience()).isEqualTo(new Audience.Session(laptop));
            assertThat(revoked.effect()).isEqualTo(Delivery.Effect.END_SESSION);
        });
    }

    @Test
    void typing_goes_to_the_recipients_the_typing_service_named() {
        delivery.publish(new TypingChanged(chat.value(), alice.id(), true, Set.of(bob.id())));
        delivery.publish(new TypingChanged(chat.value(), alice.id(), false, Set.of()));

        assertThat(published).singleElement().extracting(Delivery::audience).isEqualTo(Audience.Users.of(bob.id()));
    }

    @Test
    void each_side_of_a_removed_contact_gets_the_event_as_it_sees_it_and_a_block_is_not_announced() {
        delivery.publish(new ContactRemoved(alice.id(), bob.id()));
        delivery.publish(new UserBlocked(alice.id(), bob.id()));

        assertThat(published).extracting(Delivery::audience).containsExactly(Audience.Users.of(alice.id()),
                Audience.Users.of(bob.id()));
        assertThat(published).extracting(sent -> sent.frame().text()).containsExactly(
                new ContactRemoved(alice.id(), bob.id()).toString(), new ContactRemoved(bob.id(), alice.id()).toString());
    }

    @Test
    void an_event_that_cannot_be_encoded_is_logged_not_thrown_at_the_use_case_that_committed_it() {
        DeliveryService failing = new DeliveryService(new RecordingBus(published), event -> {
            throw new IllegalStateException("encoder broke");
        }, users, blocks, contacts, null);

        failing.publish(new MessageCreated(message()));

        assertThat(published).isEmpty();
    }

    private DomainEvent lastEncoded() {
        return encoded.getLast();
    }

    private Message message() {
        return new Message(new MessageId(UUID.randomUUID()), chat, 1, alice.id(), MessageType.TEXT, "hi", null, null, AT,
                null, null);
    }

    private static Privacy privacy(User user, Reach presenceVisibleTo, boolean shareReadReceipts) {
        Privacy privacy = user.privacy();
        return new Privacy(privacy.whoCanMessage(), privacy.whoCanCall(), presenceVisibleTo, shareReadReceipts);
    }

    /** Records what is published; handing deliveries to sockets is the adapters' business. */
    private record RecordingBus(List<Delivery> published) implements FanoutBus {
        @Override
        public void publish(Delivery delivery) {
            published.add(delivery);
        }

        @Override
        public void subscribe(Consumer<Delivery> subscriber) {
        }
    }
}

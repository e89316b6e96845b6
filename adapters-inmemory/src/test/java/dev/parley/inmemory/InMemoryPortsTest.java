package dev.parley.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.file.Attachment;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingDetails;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.MeetingSettings;
import dev.parley.domain.meeting.Recording;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.shared.Ids;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ports share state the way one database would, so a core built on them sees one consistent world. */
class InMemoryPortsTest {
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private final InMemoryPorts ports = InMemoryPorts.create(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC),
            "a-test-secret-of-thirty-two-bytes!".getBytes(), 1_000);
    private final UserId alice = ports.users().add("alice").id();
    private final UserId bob = ports.users().add("bob").id();
    private final UserId carol = ports.users().add("carol").id();

    @Test
    void conversations_messages_memberships_and_the_change_feed_read_one_store() {
        Conversation conversation = group(alice, bob);
        ports.messages().append(text(conversation.id(), alice, List.of())).orElseThrow();

        assertThat(ports.conversations().find(conversation.id()).orElseThrow().lastSeq()).isEqualTo(1);
        assertThat(ports.memberships().peersOf(alice)).containsExactly(bob);
        assertThat(ports.changeFeed().conversations(bob, T0.minusSeconds(1)))
                .singleElement().satisfies(change -> assertThat(change.lastSeq()).isEqualTo(1));
    }

    @Test
    void a_file_is_readable_by_the_members_of_the_conversation_whose_message_carries_it() {
        Conversation conversation = group(alice, bob);
        FileId file = new FileId(Ids.newId(T0));
        ports.files().insertPending(file, alice, "a.txt", "text/plain", T0, T0.plusSeconds(3600));
        StoredFile stored = ports.files().markReady(file, 3, "abc", null, null, null);

        ports.messages().append(text(conversation.id(), alice, List.of(new Attachment(file, stored)))).orElseThrow();

        assertThat(ports.files().attachedWhereParticipant(file, bob)).isTrue();
        assertThat(ports.files().attachedWhereParticipant(file, carol)).isFalse();
    }

    @Test
    void a_recording_is_readable_by_who_joined_its_meeting_and_was_not_removed() {
        Conversation chat = group(alice, bob);
        UUID output = UUID.randomUUID();
        Meeting meeting = Meeting.schedule(new MeetingId(Ids.newId(T0)), MeetingCode.generate(new SecureRandom()),
                chat.id(), alice, new MeetingDetails("Weekly", null, null, 30), new MeetingSettings(10, true, false, true),
                T0).withRecording(Recording.IDLE.started("egress", output).stopped().filed());
        ports.meetings().insert(meeting);
        ports.meetingParticipants().save(MeetingParticipant.waiting(meeting.id(), bob, "bob", MeetingRole.GUEST)
                .joined(T0, false));
        ports.meetingParticipants().save(MeetingParticipant.waiting(meeting.id(), carol, "carol", MeetingRole.GUEST)
                .joined(T0, false).removed(T0.plusSeconds(5)));

        FileId recording = new FileId(output);
        assertThat(ports.files().recordedWhereJoined(recording, bob)).isTrue();
        assertThat(ports.files().recordedWhereJoined(recording, carol)).as("removed").isFalse();
        assertThat(ports.files().recordedWhereJoined(new FileId(UUID.randomUUID()), bob)).isFalse();
    }

    @Test
    void people_ports_and_user_search_see_the_same_users_and_requests() {
        ports.blocks().add(alice, carol, T0);
        ports.contactRequests().insert(ContactRequest.create(new ContactRequestId(Ids.newId(T0)), bob, alice, "hi", T0));

        assertThat(ports.userSearch().search(alice, "", 10)).extracting(user -> user.username().value())
                .containsExactly("alice", "bob");
        assertThat(ports.changeFeed().contactRequests(alice, T0.minusSeconds(1))).hasSize(1);
    }

    private Conversation group(UserId owner, UserId member) {
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(T0)), ConversationType.GROUP,
                "g", owner, 2, T0);
        ports.conversations().insert(conversation, null, List.of(new Participant(conversation.id(), owner, Role.OWNER, T0),
                new Participant(conversation.id(), member, Role.MEMBER, T0)));
        return conversation;
    }

    private static NewMessage text(ConversationId conversationId, UserId sender, List<Attachment> attachments) {
        return new NewMessage(new MessageId(Ids.newId(T0)), conversationId, sender, MessageType.TEXT, "hello", null,
                null, T0, attachments);
    }
}

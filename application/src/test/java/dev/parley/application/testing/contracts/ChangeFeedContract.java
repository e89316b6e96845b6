package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.realtime.ConversationChange;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ChangeFeed} must do; run against the in-memory feed and against PostgreSQL. The feed answers
 * "what changed for this user after that instant": states stamped after it, the user's own only, ordered by id.
 */
public abstract class ChangeFeedContract {
    protected abstract ChangeFeed feed();

    protected abstract UserRepository users();

    protected abstract ConversationRepository conversations();

    protected abstract ContactRequestRepository requests();

    protected abstract CallRepository calls();

    /** The token's instant; {@code earlier} is before it, {@code later(n)} after it. */
    private Instant after;
    private Instant earlier;

    @BeforeEach
    void pickTheTokenInstant() {
        after = feed().now().minus(Duration.ofMinutes(10));
        earlier = after.minus(Duration.ofMinutes(10));
    }

    private Instant later(int seconds) {
        return after.plusSeconds(seconds);
    }

    private UserId newUser() {
        return ContractUsers.register(users());
    }

    @Test
    void now_is_the_stores_clock_and_never_runs_back() {
        Instant first = feed().now();
        Instant second = feed().now();

        assertThat(second).isAfterOrEqualTo(first);
        assertThat(Duration.between(first, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void reports_the_users_contact_requests_created_or_answered_after_the_instant_by_id() {
        UserId ann = newUser();
        UserId bob = newUser();
        UserId cid = newUser();
        ContactRequest stale = request(bob, ann, earlier);
        ContactRequest answeredSince = request(ann, cid, earlier.plusSeconds(1));
        ContactRequest fresh = request(cid, ann, later(5));
        ContactRequest others = request(bob, cid, later(6));
        List.of(stale, answeredSince, fresh, others).forEach(requests()::insert);
        requests().update(answeredSince.accept(cid, later(3)));

        List<ContactRequest> changes = feed().contactRequests(ann, after);

        assertThat(changes).extracting(ContactRequest::id).containsExactly(answeredSince.id(), fresh.id());
        assertThat(changes.getFirst().respondedAt()).isEqualTo(later(3));
        assertThat(feed().contactRequests(ann, later(10))).isEmpty();
    }

    @Test
    void reports_the_users_calls_placed_answered_or_ended_after_the_instant_by_id() {
        UserId ann = newUser();
        UserId bob = newUser();
        UserId cid = newUser();
        UserId dan = newUser();
        SessionId device = new SessionId(UUID.randomUUID());
        // nobody is in two live calls at once, so each call is over before the next one of the same user starts
        Call stale = ringing(ann, bob, earlier);
        calls().insert(stale);
        calls().update(stale.decline(bob, earlier.plusSeconds(2)));
        Call endedSince = ringing(cid, ann, earlier.plusSeconds(20));
        calls().insert(endedSince);
        Call ended = endedSince.accept(ann, device, earlier.plusSeconds(21)).end(cid, later(4));
        calls().update(ended);
        Call fresh = ringing(ann, cid, later(30));
        calls().insert(fresh);
        calls().update(fresh.decline(cid, later(31)));
        Call answeredSince = ringing(bob, ann, after.minusSeconds(10));
        calls().insert(answeredSince);
        calls().update(answeredSince.accept(ann, device, later(2)));
        calls().insert(ringing(dan, cid, later(6)));

        List<Call> changes = feed().calls(ann, after);

        assertThat(changes).extracting(Call::id).containsExactly(endedSince.id(), answeredSince.id(), fresh.id());
        assertThat(changes.getFirst().state()).isEqualTo(ended.state());
        assertThat(feed().calls(ann, later(60))).isEmpty();
    }

    @Test
    void reports_the_users_conversations_that_changed_after_the_instant_with_membership_and_cursor() {
        UserId ann = newUser();
        UserId bob = newUser();
        Conversation untouched = conversation(earlier, ann, bob);
        Conversation renamed = conversation(earlier.plusSeconds(1), ann, bob);
        conversations().update(renamed.renamed("renamed", null, later(10)));
        Conversation joinedSince = conversation(later(20), bob, ann);
        Conversation leftSince = conversation(earlier.plusSeconds(2), ann, bob);
        conversations().markLeft(leftSince.id(), ann, later(30));
        Conversation leftBefore = conversation(earlier.plusSeconds(3), ann, bob);
        conversations().markLeft(leftBefore.id(), ann, earlier.plusSeconds(4));
        Conversation promotedSince = conversation(earlier.plusSeconds(5), bob, ann);
        conversations().changeRole(promotedSince.id(), ann, Role.ADMIN, later(40));
        Conversation bobsOnly = conversation(later(50), bob);

        List<ConversationChange> changes = feed().conversations(ann, after);

        assertThat(changes).extracting(ConversationChange::id).containsExactly(
                renamed.id(), leftSince.id(), promotedSince.id(), joinedSince.id());
        assertThat(changes.get(0).updatedAt()).isEqualTo(later(10));
        assertThat(changes.get(1).leftAt()).isEqualTo(later(30));
        assertThat(changes.get(2).role()).isEqualTo("admin");
        ConversationChange joined = changes.get(3);
        assertThat(joined.type()).isEqualTo("group");
        assertThat(joined.role()).isEqualTo("member");
        assertThat(joined.joinedAt()).isEqualTo(later(20));
        assertThat(joined.lastSeq()).isZero();
        assertThat(joined.leftAt()).isNull();
        assertThat(joined.deletedAt()).isNull();
        assertThat(feed().conversations(bob, after)).extracting(ConversationChange::id)
                .contains(bobsOnly.id()).doesNotContain(untouched.id(), leftBefore.id());
    }

    @Test
    void a_read_cursor_move_is_stamped_by_the_stores_clock_and_reported() {
        UserId ann = newUser();
        UserId bob = newUser();
        Conversation conversation = conversation(earlier, ann, bob);
        Instant token = feed().now();
        waitForTheStoresClockToPass(token);

        assertThat(conversations().advanceReadCursor(conversation.id(), ann, 3)).isTrue();

        assertThat(feed().conversations(ann, token)).singleElement().satisfies(change -> {
            assertThat(change.lastReadSeq()).isEqualTo(3);
            assertThat(change.updatedAt()).isAfter(token);
        });
        assertThat(feed().conversations(bob, token)).isEmpty();
    }

    @Test
    void a_deleted_conversation_is_reported_with_when_it_went() {
        UserId ann = newUser();
        Conversation conversation = conversation(earlier, ann);
        conversations().update(conversation.deleted(later(7)));

        assertThat(feed().conversations(ann, after)).singleElement()
                .satisfies(change -> assertThat(change.deletedAt()).isEqualTo(later(7)));
    }

    private void waitForTheStoresClockToPass(Instant token) {
        Instant deadline = Instant.now().plusSeconds(5);
        while (!feed().now().isAfter(token) && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
    }

    /** A group made by the first user at {@code at}, every user joining then (the first as owner). */
    private Conversation conversation(Instant at, UserId owner, UserId... members) {
        ConversationId id = new ConversationId(Ids.newId(at));
        Conversation conversation = Conversation.create(id, ConversationType.GROUP, "g", owner, members.length + 1, at);
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(id, owner, Role.OWNER, at));
        for (UserId member : members) {
            participants.add(new Participant(id, member, Role.MEMBER, at));
        }
        conversations().insert(conversation, null, participants);
        return conversation;
    }

    private static ContactRequest request(UserId from, UserId to, Instant at) {
        return ContactRequest.create(new ContactRequestId(Ids.newId(at)), from, to, null, at);
    }

    private static Call ringing(UserId caller, UserId callee, Instant at) {
        return Call.place(new CallId(Ids.newId(at)), caller, callee, CallMedia.AUDIO, at, at.plusSeconds(30));
    }
}

package dev.parley.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.core.CoreSettings;
import dev.parley.application.core.ParleyCore;
import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase.HistoryQuery;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.mail.OutgoingMail;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.inmemory.InMemoryPorts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryParleyTest {
    private static final Clock CLOCK = Clock.systemUTC();
    // The mail worker's first round is an hour away: the tests dispatch mail themselves, without racing it.
    private final InMemoryParley parley = InMemoryParley.create(
            InMemoryPorts.create(CLOCK, "a test secret of some length".getBytes(), 1_000), CLOCK,
            withMailPollInterval(CoreSettings.defaults(), Duration.ofHours(1)));
    private final ParleyCore core = parley.core();

    @AfterEach
    void close() {
        parley.close();
    }

    @Test
    void two_contacts_exchange_a_message_in_a_direct_conversation_and_read_the_history() {
        UserId alice = register("alice").user().id();
        UserId bob = register("bob").user().id();
        ConversationId direct = directConversation(alice, bob);

        send(alice, direct, "hello bob", "client-1");

        List<Message> history = core.messageQueries().history(bob, direct, new HistoryQuery(null, null, null, 50))
                .items();
        assertThat(history).extracting(Message::content).containsExactly("hello bob");
        assertThat(history.getFirst().senderId()).isEqualTo(alice);
    }

    @Test
    void a_blocked_user_cannot_message_the_one_who_blocked_them() {
        UserId alice = register("alice").user().id();
        UserId bob = register("bob").user().id();
        ConversationId direct = directConversation(alice, bob);

        core.blocks().block(bob, alice);

        assertThatThrownBy(() -> send(alice, direct, "are you there?", "client-2"))
                .isInstanceOfSatisfying(ParleyException.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.BLOCKED));
        assertThat(core.messageQueries().history(alice, direct, new HistoryQuery(null, null, null, 50)).items())
                .isEmpty();
    }

    @Test
    void in_process_listeners_hear_every_committed_event() {
        List<DomainEvent> heard = new CopyOnWriteArrayList<>();
        core.events().listen(heard::add);
        UserId alice = register("alice").user().id();
        UserId bob = register("bob").user().id();
        ConversationId direct = directConversation(alice, bob);

        send(alice, direct, "hello bob", "client-3");

        // DIRECT send mode: the event is published on this thread before send returns.
        assertThat(heard).filteredOn(MessageCreated.class::isInstance)
                .extracting(event -> ((MessageCreated) event).message().content())
                .containsExactly("hello bob");
    }

    @Test
    void an_embedder_completes_email_verification_with_the_mail_the_in_memory_sender_got() {
        SignedIn carol = register("carol");
        core.mailDispatch().dispatchDue(10);

        OutgoingMail mail = parley.ports().mailSender().sent().getFirst();
        assertThat(mail.to()).isEqualTo("carol@example.com");
        Matcher link = Pattern.compile("token=(\\S+)").matcher(mail.body());
        assertThat(link.find()).as("a verification link in " + mail.body()).isTrue();
        core.verifyEmail().verifyByLinkToken(link.group(1));

        assertThat(parley.ports().users().findById(carol.user().id()).orElseThrow().emailVerified()).isTrue();
    }

    @Test
    void create_gives_a_started_core_on_the_system_clock_in_one_line() {
        try (InMemoryParley defaults = InMemoryParley.create()) {
            assertThat(defaults.core().register().register(new RegisterUseCase.Command("dora@example.com", "dora",
                    "password-dora", null, new DeviceInfo("test", "127.0.0.1"))).user().username().value())
                    .isEqualTo("dora");
            assertThatThrownBy(defaults.core()::start).as("already started").isInstanceOf(IllegalStateException.class);
        }
    }

    private SignedIn register(String name) {
        return core.register().register(new RegisterUseCase.Command(name + "@example.com", name, "password-" + name,
                null, new DeviceInfo("test", "127.0.0.1")));
    }

    private ConversationId directConversation(UserId from, UserId to) {
        var request = core.contactRequests().send(from, new ContactRequestsUseCase.SendCommand(null,
                username(to), "hi"));
        core.contactRequests().accept(to, request.request().id());
        return core.createConversation().create(new CreateConversationUseCase.Command(from, ConversationType.DIRECT,
                to, List.of(), null)).conversation().conversation().id();
    }

    private String username(UserId user) {
        return parley.ports().users().findById(user).orElseThrow().username().value();
    }

    private void send(UserId sender, ConversationId conversation, String text, String clientMsgId) {
        core.sendMessage().send(new SendMessageUseCase.Command(sender, conversation, text, clientMsgId, null,
                List.of()));
    }

    private static CoreSettings withMailPollInterval(CoreSettings s, Duration interval) {
        return new CoreSettings(s.accounts(), s.people(), s.conversations(), s.presence(), s.calls(), s.meetings(),
                s.files(), interval, s.mailFirstRetry());
    }
}

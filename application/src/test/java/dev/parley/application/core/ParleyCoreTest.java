package dev.parley.application.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase.HistoryQuery;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.mail.OutgoingMail;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParleyCoreTest {
    private final BlockingQueue<Sent> mailed = new LinkedBlockingQueue<>();
    private final CoreSettings settings = CoreSettings.defaults();
    private final ParleyCore core = ParleyCore.builder()
            .ports(InMemoryPorts.builder(Clock.systemUTC(),
                    mail -> mailed.add(new Sent(mail, Thread.currentThread()))).build())
            .settings(new CoreSettings(settings.accounts(), settings.people(), settings.conversations(),
                    settings.presence(), settings.calls(), settings.meetings(), settings.files(),
                    Duration.ofMillis(10), settings.mailFirstRetry()))
            .build();

    @AfterEach
    void closeCore() {
        core.close();
    }

    @Test
    void two_contacts_exchange_a_message_and_read_it_back() {
        UserId alice = register("alice");
        UserId bob = register("bob");
        var request = core.contactRequests().send(alice, new ContactRequestsUseCase.SendCommand(null, "bob", "hi"));
        core.contactRequests().accept(bob, request.request().id());

        ConversationId direct = core.createConversation().create(new CreateConversationUseCase.Command(
                alice, ConversationType.DIRECT, bob, List.of(), null)).conversation().conversation().id();
        core.sendMessage().send(new SendMessageUseCase.Command(alice, direct, "hello bob", "client-1", null,
                List.of()));

        List<Message> history = core.messageQueries()
                .history(bob, direct, new HistoryQuery(null, null, null, 50)).items();
        assertThat(history).extracting(Message::content).containsExactly("hello bob");
        assertThat(core.contacts().list(bob, null, 50).items()).hasSize(1);
    }

    @Test
    void start_runs_the_mail_worker_and_close_stops_it_and_the_send_writers() throws InterruptedException {
        core.start();
        UserId carol = register("carol");

        Sent verification = mailed.poll(10, TimeUnit.SECONDS);
        assertThat(verification).as("the verification mail, sent by the mail worker").isNotNull();
        assertThat(verification.mail().to()).isEqualTo("carol@example.com");
        assertThat(verification.thread().getName()).startsWith("parley-worker-");

        core.close();
        core.close();
        verification.thread().join(TimeUnit.SECONDS.toMillis(10));
        assertThat(verification.thread().isAlive()).as("the mail worker's thread").isFalse();
        assertThatThrownBy(() -> core.sendMessage().send(new SendMessageUseCase.Command(carol,
                new ConversationId(UUID.randomUUID()), "late", "client-2", null, List.of())))
                .hasMessageContaining("shutting down");
    }

    @Test
    void a_core_starts_once() {
        core.start();
        assertThatThrownBy(core::start).isInstanceOf(IllegalStateException.class);
    }

    private UserId register(String name) {
        return core.register().register(new RegisterUseCase.Command(name + "@example.com", name, "password-" + name,
                null, new DeviceInfo("test", "127.0.0.1"))).user().id();
    }

    private record Sent(OutgoingMail mail, Thread thread) {
    }
}

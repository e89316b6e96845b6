package dev.parley.examples.embedded;

import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.in.*;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.embedded.InMemoryParley;
import java.util.List;

/** Example: Parley in memory. Alice and Bob register, become contacts, and Bob reads what Alice wrote. */
public final class InMemoryExample {
    public static void main(String[] args) {
        try (var parley = InMemoryParley.create()) {
            var core = parley.core();
            var alice = core.register().register(new RegisterUseCase.Command(
                    "alice@example.com", "alice", "alice-secret", null, new DeviceInfo("main", "::1"))).user().id();
            var bob = core.register().register(new RegisterUseCase.Command(
                    "bob@example.com", "bob", "bob-secret-1", null, new DeviceInfo("main", "::1"))).user().id();
            core.contactRequests().accept(bob, core.contactRequests()
                    .send(alice, new ContactRequestsUseCase.SendCommand(null, "bob", "hi!")).request().id());
            var chat = core.createConversation().create(new CreateConversationUseCase.Command(
                    alice, ConversationType.DIRECT, bob, List.of(), null)).conversation().conversation().id();
            core.sendMessage().send(new SendMessageUseCase.Command(alice, chat, "Hello, Bob!", "m-1", null, List.of()));
            core.messageQueries().history(bob, chat, new MessageQueriesUseCase.HistoryQuery(null, null, null, 50))
                    .items().forEach(message -> System.out.println("alice wrote: " + message.content()));
        }
    }
}

package dev.parley.bootstrap.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.Calls;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.RunningNode;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Races the database must settle: simultaneous accepts, simultaneous calls to one person, and crossed calls. */
class CallConcurrencyIT {
    static final FakeLiveKit liveKit = new FakeLiveKit();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(liveKit.environment()).closing(liveKit);
    static final RunningNode sibling = node.sibling(Map.of());
    static final ApiClient api = node.client();
    static final ApiClient otherNode = sibling.client();

    @Test
    void of_two_devices_accepting_at_once_exactly_one_wins() throws Exception {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String secondDevice = login(bob);
        for (int round = 0; round < 5; round++) {
            String callId = Calls.placed(api, ada, bob);

            List<Response> answers = race(
                    () -> api.post("/api/v1/calls/" + callId + "/accept", null, bob.accessToken()),
                    () -> otherNode.post("/api/v1/calls/" + callId + "/accept", null, secondDevice));

            assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
            assertThat(answers).filteredOn(answer -> answer.status() == 409).extracting(Response::errorCode)
                    .containsExactly("conflict");
            api.post("/api/v1/calls/" + callId + "/end", null, ada.accessToken());
        }
    }

    @Test
    void of_many_simultaneous_calls_to_one_person_exactly_one_rings() throws Exception {
        SignedInUser callee = Accounts.register(api);
        List<SignedInUser> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            callers.add(Accounts.register(api));
        }
        List<Supplier<Response>> attempts = new ArrayList<>();
        for (int i = 0; i < callers.size(); i++) {
            ApiClient client = i % 2 == 0 ? api : otherNode;
            SignedInUser caller = callers.get(i);
            attempts.add(() -> client.post("/api/v1/calls", Map.of("callee_id", callee.id(), "media", "audio"),
                    caller.accessToken()));
        }

        List<Response> answers = race(attempts.toArray(Supplier[]::new));

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).extracting(Response::errorCode)
                .containsOnly("callee_busy").hasSize(callers.size() - 1);
        assertThat(api.get("/api/v1/calls", callee.accessToken()).json().path("items")).hasSize(1);
    }

    @Test
    void two_people_calling_each_other_at_once_get_exactly_one_ringing_call() throws Exception {
        for (int round = 0; round < 5; round++) {
            SignedInUser ada = Accounts.register(api);
            SignedInUser bob = Accounts.register(api);

            List<Response> answers = race(() -> Calls.place(api, ada, bob, "audio"),
                    () -> otherNode.post("/api/v1/calls", Map.of("callee_id", ada.id(), "media", "video"),
                            bob.accessToken()));

            assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(201, 409);
        }
    }

    @Test
    void someone_in_a_call_cannot_be_called_nor_call_anyone_else() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser cyd = Accounts.register(api);
        String callId = Calls.placed(api, ada, bob);
        api.post("/api/v1/calls/" + callId + "/accept", null, bob.accessToken());

        Response toBusyCallee = Calls.place(api, cyd, bob, "audio");
        Response fromBusyCaller = Calls.place(api, ada, cyd, "audio");

        assertThat(toBusyCallee.status()).isEqualTo(409);
        assertThat(toBusyCallee.errorCode()).isEqualTo("callee_busy");
        assertThat(fromBusyCaller.errorCode()).isEqualTo("callee_busy");
    }

    private static String login(SignedInUser user) {
        Response response = api.post("/api/v1/auth/login",
                Map.of("username", user.username(), "password", Accounts.PASSWORD), null);
        return response.json().path("tokens").path("access_token").asText();
    }

    @SafeVarargs
    private static List<Response> race(Supplier<Response>... requests) throws Exception {
        CountDownLatch ready = new CountDownLatch(requests.length);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Response>> futures = new ArrayList<>();
            for (Supplier<Response> request : requests) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.get();
                }));
            }
            ready.await();
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }
}

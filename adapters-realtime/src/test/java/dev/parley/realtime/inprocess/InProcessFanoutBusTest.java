package dev.parley.realtime.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.WireFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InProcessFanoutBusTest {
    @Test
    void delivers_each_delivery_once_to_every_subscriber_in_publish_order() {
        InProcessFanoutBus bus = new InProcessFanoutBus();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        bus.subscribe(delivery -> first.add(delivery.frame().text()));
        bus.subscribe(delivery -> second.add(delivery.frame().text()));

        Audience audience = Audience.Users.of(new UserId(UUID.randomUUID()));
        bus.publish(Delivery.of(audience, WireFrame.ofText("{\"seq\":1}")));
        bus.publish(Delivery.of(audience, WireFrame.ofText("{\"seq\":2}")));

        assertThat(first).containsExactly("{\"seq\":1}", "{\"seq\":2}");
        assertThat(second).containsExactly("{\"seq\":1}", "{\"seq\":2}");
    }

    @Test
    void hands_over_the_excluded_session_of_a_users_audience_unchanged() {
        InProcessFanoutBus bus = new InProcessFanoutBus();
        List<Delivery> received = new ArrayList<>();
        bus.subscribe(received::add);
        Delivery delivery = Delivery.of(Audience.Users.except(java.util.Set.of(new UserId(UUID.randomUUID())),
                new dev.parley.domain.account.SessionId(UUID.randomUUID())), WireFrame.ofText("{}"));

        bus.publish(delivery);

        assertThat(received).containsExactly(delivery);
    }

    @Test
    void a_failing_subscriber_does_not_stop_the_others() {
        InProcessFanoutBus bus = new InProcessFanoutBus();
        List<String> received = new ArrayList<>();
        bus.subscribe(delivery -> {
            throw new IllegalStateException("boom");
        });
        bus.subscribe(delivery -> received.add(delivery.frame().text()));

        bus.publish(Delivery.of(new Audience.Conversation(UUID.randomUUID()), WireFrame.ofText("{}")));

        assertThat(received).containsExactly("{}");
    }
}

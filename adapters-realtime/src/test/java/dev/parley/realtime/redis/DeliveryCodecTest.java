package dev.parley.realtime.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.WireFrame;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryCodecTest {
    private static final WireFrame JSON = WireFrame.ofText("{\"type\":\"x\",\"text\":\"line one\\nline two\"}");

    @Test
    void round_trips_every_audience_and_keeps_the_json_byte_for_byte() {
        UserId alice = new UserId(UUID.randomUUID());
        UserId bob = new UserId(UUID.randomUUID());
        for (Delivery delivery : new Delivery[] {
            Delivery.of(new Audience.Users(Set.of(alice, bob)), JSON),
            Delivery.of(new Audience.Users(Set.of()), JSON),
            Delivery.of(Audience.Users.except(Set.of(alice, bob), new SessionId(UUID.randomUUID())), JSON),
            Delivery.of(Audience.Users.except(Set.of(alice), new SessionId(UUID.randomUUID())), JSON),
            Delivery.of(new Audience.Conversation(UUID.randomUUID()), JSON),
            new Delivery(new Audience.Conversation(UUID.randomUUID()), JSON, Delivery.Effect.REFRESH_MEMBERS),
            new Delivery(new Audience.Session(new SessionId(UUID.randomUUID())), JSON, Delivery.Effect.END_SESSION),
        }) {
            assertThat(DeliveryCodec.decode(DeliveryCodec.encode(delivery))).isEqualTo(delivery);
        }
    }

    @Test
    void a_conversation_frame_stays_small_whatever_the_group_size() {
        byte[] frame = DeliveryCodec.encode(Delivery.of(new Audience.Conversation(UUID.randomUUID()), JSON));

        assertThat(frame.length).isLessThan(JSON.size() + 50);
    }

    @Test
    void refuses_frames_it_did_not_write() {
        assertThatThrownBy(() -> DeliveryCodec.decode(bytes("hello"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryCodec.decode(bytes("9 N U \n{}"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryCodec.decode(bytes("1 N Z x\n{}"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_frame_crosses_as_its_bytes_emoji_and_all() {
        WireFrame frame = WireFrame.ofText("{\"content\":\"h\u00e9 \ud83d\ude00\"}");

        Delivery decoded = DeliveryCodec.decode(DeliveryCodec.encode(Delivery.of(new Audience.Conversation(UUID.randomUUID()), frame)));

        assertThat(decoded.frame().bytes()).isEqualTo(frame.bytes());
        assertThat(decoded.frame().text()).isEqualTo(frame.text());
    }

    private static byte[] bytes(String message) {
        return message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

package dev.parley.inmemory.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.inmemory.shared.Hmac;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HmacKnownDevicesTest {
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private final HmacKnownDevices devices = new HmacKnownDevices(Hmac.randomSecret());
    private final UserId user = new UserId(UUID.randomUUID());

    @Test
    void a_proof_vouches_for_its_own_user_until_it_expires() {
        String proof = devices.vouchFor(user, T0);

        assertThat(devices.vouches(proof, user, T0.plus(Duration.ofDays(89)))).isTrue();
        assertThat(devices.vouches(proof, user, T0.plus(HmacKnownDevices.VALIDITY))).isFalse();
        assertThat(devices.vouches(proof, new UserId(UUID.randomUUID()), T0)).isFalse();
    }

    @Test
    void tampered_foreign_and_malformed_proofs_vouch_for_nobody() {
        String proof = devices.vouchFor(user, T0);
        String tampered = proof.substring(0, proof.length() - 2) + (proof.endsWith("AA") ? "BB" : "AA");
        String foreign = new HmacKnownDevices(Hmac.randomSecret()).vouchFor(user, T0);

        for (String refused : new String[] {tampered, foreign, "", ".", "no-dot", "%%%.%%%", proof + proof}) {
            assertThat(devices.vouches(refused, user, T0)).as(refused).isFalse();
        }
    }
}

package dev.parley.application.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.testing.MutableClock;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.in.FileLinks.Verdict;
import dev.parley.domain.file.out.LinkSigner;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FileLinkServiceTest {
    private static final FileId ID = new FileId(UUID.fromString("0190a5a0-1234-7000-8000-00000000abcd"));
    /** A stand-in keyed signature: deterministic, and different for every payload. */
    private static final LinkSigner SIGNER = payload -> Integer.toHexString(("key|" + payload).hashCode());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final FileLinkService links = new FileLinkService(SIGNER,
            new FileSettings(100, 100, Duration.ofHours(1), Duration.ofHours(24), 100), clock);

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Test
    void a_link_is_valid_for_at_least_its_time_to_live_and_then_expires() {
        String url = links.fileUrl(ID);
        assertThat(url).startsWith("/api/v1/files/" + ID + "?exp=");

        clock.advance(Duration.ofMinutes(59));
        assertThat(links.verify(ID, query(url, "exp"), query(url, "sig"))).isEqualTo(Verdict.VALID);
        clock.advance(Duration.ofHours(2));
        assertThat(links.verify(ID, query(url, "exp"), query(url, "sig"))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void a_changed_expiry_signature_or_file_id_is_refused() {
        String url = links.fileUrl(ID);
        String exp = query(url, "exp");
        String sig = query(url, "sig");

        assertThat(links.verify(ID, String.valueOf(Long.parseLong(exp) + 3600), sig)).isEqualTo(Verdict.INVALID);
        assertThat(links.verify(ID, exp, sig + "0")).isEqualTo(Verdict.INVALID);
        assertThat(links.verify(new FileId(UUID.randomUUID()), exp, sig)).isEqualTo(Verdict.INVALID);
        assertThat(links.verify(ID, null, sig)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void links_made_close_together_are_the_same_url_so_browsers_can_cache_them() {
        String first = links.fileUrl(ID);
        clock.advance(Duration.ofSeconds(30));
        assertThat(links.fileUrl(ID)).isEqualTo(first);
    }

    @Test
    void avatar_links_do_not_expire_but_say_they_are_avatar_links() {
        String url = links.avatarUrl(ID);
        clock.advance(Duration.ofDays(400));
        assertThat(url).contains("/thumbnail?size=256");
        assertThat(links.verify(ID, query(url, "exp"), query(url, "sig"))).isEqualTo(Verdict.AVATAR);
    }
}

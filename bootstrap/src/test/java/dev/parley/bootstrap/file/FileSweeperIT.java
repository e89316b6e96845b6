package dev.parley.bootstrap.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.Parley;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.Uploads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sweeper on a node whose clock the test moves: files never attached go after the orphan time, with their bytes. */
class FileSweeperIT {
    private static final ShiftedClock CLOCK = new ShiftedClock();
    private static final Path filesDir = temporaryDirectory();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_FILES_DIR", filesDir.toString(),
            "PARLEY_FILE_ORPHAN_HOURS", "2")).withClock(CLOCK);
    private static final ApiClient api = node.client();

    @Test
    void files_never_attached_are_removed_with_their_bytes_after_the_orphan_time_and_attached_ones_stay() throws IOException {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        JsonNode kept = upload(alice, "kept");
        JsonNode orphan = upload(alice, "orphan");
        String chat = api.post("/api/v1/conversations", Map.of("participant_id", bob.id()), alice.accessToken()).json()
                .path("id").asText();
        api.post("/api/v1/conversations/" + chat + "/messages",
                Map.of("content", "here", "attachment_ids", List.of(kept.path("id").asText())), alice.accessToken());

        node.parley().component().fileSweeper().sweepAll();
        assertThat(storedFiles()).hasSize(2);

        CLOCK.advance(Duration.ofHours(3));
        node.parley().component().fileSweeper().sweepAll();

        assertThat(storedFiles()).containsExactly(kept.path("id").asText());
        SignedInUser again = Accounts.anotherDevice(api, alice);
        assertThat(Uploads.get(api, "/api/v1/files/" + orphan.path("id").asText(), again.accessToken(), Map.of()).status())
                .isEqualTo(404);
        assertThat(Uploads.get(api, "/api/v1/files/" + kept.path("id").asText(), again.accessToken(), Map.of()).bytes())
                .isEqualTo("kept".getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode upload(SignedInUser user, String text) {
        return Uploads.raw(api, user.accessToken(), text.getBytes(StandardCharsets.UTF_8), "text/plain", text + ".txt").json();
    }

    /** File names (ids) stored under the files directory, temporary files aside. */
    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("parley-sweep-files");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static List<String> storedFiles() throws IOException {
        try (Stream<Path> all = Files.walk(filesDir)) {
            return all.filter(Files::isRegularFile).filter(path -> !path.getParent().endsWith(".tmp"))
                    .map(path -> path.getFileName().toString()).toList();
        }
    }

    /** The system clock (millisecond ticks), moved forward by the test. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        void advance(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public Instant instant() {
            return Parley.systemClock().instant().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

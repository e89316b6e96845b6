package dev.parley.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnonymisedUserTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void a_deleted_user_keeps_its_id_and_loses_everything_personal() {
        User user = User.register(new UserId(Ids.newId(NOW)), new Email("zoe@example.com"), new Username("zoe"),
                new DisplayName("Zoë"), "hash", NOW);

        User deleted = user.anonymised(NOW.plusSeconds(5));

        assertThat(deleted.id()).isEqualTo(user.id());
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.email()).isNull();
        assertThat(deleted.username().value()).matches("deleted-[0-9a-f]{12}");
        assertThat(user.id().toString().replace("-", "")).endsWith(deleted.username().value().substring(8));
        assertThat(deleted.displayName()).isEqualTo("Deleted user");
        assertThat(deleted.avatarUrl()).isNull();
        assertThat(deleted.bio()).isNull();
        assertThat(deleted.privacy().whoCanMessage()).isEqualTo(Reach.NOBODY);
    }

    @Test
    void names_of_deleted_accounts_load_but_cannot_be_chosen() {
        assertThat(new Username("deleted-0123456789ab").isAnonymised()).isTrue();
        assertThatThrownBy(() -> Username.chosen("deleted-0123456789ab")).isInstanceOf(ParleyException.class);
        assertThatThrownBy(() -> Username.chosen("deleted-xyz")).isInstanceOf(ParleyException.class);
        assertThat(Username.chosen("Zoë").value()).isEqualTo("zoe");
    }
}

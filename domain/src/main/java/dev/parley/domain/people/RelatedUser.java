package dev.parley.domain.people;

import dev.parley.domain.account.User;
import java.time.Instant;

/** A user in someone's contact or block list, with when they got there. */
public record RelatedUser(User user, Instant since) {
}

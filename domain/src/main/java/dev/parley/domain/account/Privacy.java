package dev.parley.domain.account;

import java.util.Objects;

/** A user's reachability settings. */
public record Privacy(Reach whoCanMessage, Reach whoCanCall, Reach presenceVisibleTo, boolean shareReadReceipts) {
    public static final Privacy DEFAULTS = new Privacy(Reach.EVERYONE, Reach.EVERYONE, Reach.CONTACTS, true);

    public Privacy {
        Objects.requireNonNull(whoCanMessage);
        Objects.requireNonNull(whoCanCall);
        Objects.requireNonNull(presenceVisibleTo);
    }
}

package dev.parley.application.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ReachabilityCheck;

/** Placeholder policy until contacts, blocks and privacy land: everyone may reach everyone. */
public final class EveryoneReachable implements ReachabilityCheck {
    @Override
    public void require(UserId from, UserId to, Channel channel) {
        // everyone is reachable
    }

    @Override
    public boolean allows(UserId from, UserId to, Channel channel) {
        return true;
    }
}

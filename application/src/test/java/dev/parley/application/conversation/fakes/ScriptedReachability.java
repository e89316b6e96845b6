package dev.parley.application.conversation.fakes;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fake: everyone may reach everyone except the pairs a test blocks; every question asked is recorded. */
public final class ScriptedReachability implements ReachabilityCheck {
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    public void block(UserId from, UserId to) {
        blocked.add(from + ">" + to);
    }

    /** Each question as "from>to:CHANNEL". */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public void require(UserId from, UserId to, Channel channel) {
        if (!allows(from, to, channel)) {
            throw new ParleyException(ErrorCode.BLOCKED, "blocked");
        }
    }

    @Override
    public boolean allows(UserId from, UserId to, Channel channel) {
        asked.add(from + ">" + to + ":" + channel);
        return !blocked.contains(from + ">" + to);
    }
}

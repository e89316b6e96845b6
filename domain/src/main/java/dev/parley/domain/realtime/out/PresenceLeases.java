package dev.parley.domain.realtime.out;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Outgoing port: cluster-wide presence as leases, one per (user, node) while that node holds a socket
 * of the user. Leases of a node that dies stop being renewed and expire; any node may sweep them.
 */
public interface PresenceLeases {
    /** Takes or renews this node's lease of the user; true when the user was offline everywhere before. */
    boolean attach(UserId userId, Instant expiresAt);

    /** Releases this node's lease; true when the user now has no lease anywhere. */
    boolean detach(UserId userId);

    /** Renews this node's leases in one go; returns the users that had been swept meanwhile (online again). */
    List<UserId> renew(Collection<UserId> userIds, Instant expiresAt);

    /** Removes expired leases of any node; returns the users left without a lease (now offline). */
    List<UserId> sweepExpired(Instant now);

    boolean isOnline(UserId userId);
}

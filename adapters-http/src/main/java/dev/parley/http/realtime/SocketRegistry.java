package dev.parley.http.realtime;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** This node's live connections, by user and by session; the fan-out resolves audiences against it. */
final class SocketRegistry {
    private final Map<UserId, Set<Connection>> byUser = new ConcurrentHashMap<>();
    private final Map<SessionId, Set<Connection>> bySession = new ConcurrentHashMap<>();

    /** Returns true when this is the user's first connection on this node. */
    boolean add(Connection connection) {
        boolean[] first = {false};
        byUser.compute(connection.principal().userId(), (user, set) -> {
            Set<Connection> connections = set == null ? ConcurrentHashMap.newKeySet() : set;
            first[0] = connections.isEmpty();
            connections.add(connection);
            return connections;
        });
        bySession.computeIfAbsent(connection.principal().sessionId(), session -> ConcurrentHashMap.newKeySet())
                .add(connection);
        return first[0];
    }

    void remove(Connection connection) {
        byUser.computeIfPresent(connection.principal().userId(), (user, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
        bySession.computeIfPresent(connection.principal().sessionId(), (session, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    Set<Connection> ofUser(UserId userId) {
        return byUser.getOrDefault(userId, Set.of());
    }

    /** The users with at least one connection here (a live view). */
    Set<UserId> users() {
        return byUser.keySet();
    }

    Set<Connection> ofSession(SessionId sessionId) {
        return bySession.getOrDefault(sessionId, Set.of());
    }

    List<Connection> all() {
        return byUser.values().stream().flatMap(Set::stream).toList();
    }

    int size() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }
}

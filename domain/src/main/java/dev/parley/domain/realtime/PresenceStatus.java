package dev.parley.domain.realtime;

/** Whether a user has at least one live socket on any node. */
public enum PresenceStatus {
    ONLINE, OFFLINE;

    /** The wire spelling ({@code online|offline}). */
    public String wire() {
        return this == ONLINE ? "online" : "offline";
    }
}

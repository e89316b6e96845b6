package dev.parley.domain.account;

/** Where a session was opened from, shown in the session list. */
public record DeviceInfo(String userAgent, String ip) {
    public DeviceInfo {
        userAgent = userAgent == null ? "" : userAgent.substring(0, Math.min(userAgent.length(), 255));
        ip = ip == null ? "" : ip;
    }
}

package dev.parley.http.realtime;

/** WebSocket close codes of the contract (4xxx are Parley's own). */
final class CloseCodes {
    static final int NORMAL = 1000;
    static final int GOING_AWAY = 1001;
    static final int TOO_BIG = 1009;
    static final int SERVICE_RESTART = 1012;
    static final int UNAUTHORIZED = 4001;
    static final int SLOW_CONSUMER = 4008;

    private CloseCodes() {
    }
}

package dev.parley.bench;

import java.util.Map;

/**
 * Puts Parley's fan-out line beside the Socket.IO peer's of the same run: best rates within the p99 limit, and
 * server CPU per delivery (CPU % over delivered per second) at each offered rate both lines reached.
 */
final class PeerComparison {
    private PeerComparison() {
    }

    static void compare(Result result, FanoutSeries.Plan plan, double parleyBest, double peerBest) {
        result.target("best rate with p99 ≤ " + plan.p99LimitMillis() + " ms vs the Socket.IO peer (same run)", "≥ peer",
                Report.round(parleyBest) + "/s vs " + Report.round(peerBest) + "/s", parleyBest >= peerBest && parleyBest > 0);
        Double worstRatio = null;
        for (Map<String, Object> peer : result.rows) {
            if (!"socketio".equals(peer.get("series"))) {
                continue;
            }
            Map<String, Object> parley = FanoutScenario.parleyRowAt(result, (Integer) peer.get("rate_per_s"));
            Double ratio = cpuPerDeliveryRatio(parley, peer);
            if (ratio != null) {
                peer.put("parley_cpu_per_delivery_ratio", Report.round(ratio));
                worstRatio = worstRatio == null ? ratio : Math.max(worstRatio, ratio);
            }
        }
        result.target("server CPU per delivery vs the peer (worst step both reached)", "≤ 1.2×",
                worstRatio == null ? "no common step" : Report.round(worstRatio) + "×", worstRatio != null && worstRatio <= 1.2);
        result.note("socketio: a Socket.IO 4.8 relay (bench/peers/socketio, rooms, no persistence, the Redis adapter with --nodes > 1) "
                + "driven by the same lean load client over Engine.IO 4 WebSockets; it sends each message to the whole room "
                + "(the sender too) and acks it, as Parley does. parley_cpu_per_delivery_ratio is (Parley CPU % / delivered/s) "
                + "over (peer CPU % / delivered/s) at the same offered rate; Parley's figure excludes PostgreSQL.");
    }

    private static Double cpuPerDeliveryRatio(Map<String, Object> parley, Map<String, Object> peer) {
        if (parley == null) {
            return null;
        }
        double parleyPer = perDelivery(parley);
        double peerPer = perDelivery(peer);
        return parleyPer > 0 && peerPer > 0 ? parleyPer / peerPer : null;
    }

    private static double perDelivery(Map<String, Object> row) {
        if (!(row.get("server_cpu_pct") instanceof Number cpu) || !(row.get("delivered_per_s") instanceof Number delivered)
                || delivered.doubleValue() <= 0) {
            return 0;
        }
        return cpu.doubleValue() / delivered.doubleValue();
    }
}
